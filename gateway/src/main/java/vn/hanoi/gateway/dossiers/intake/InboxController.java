package vn.hanoi.gateway.dossiers.intake;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.mappings.npsp.UnitCode;
import vn.hanoi.gateway.problem.ApiException;

/**
 * The online dossiers routed to a receiving unit ({@code ?unitCode=…}), or those waiting for a person to
 * choose between candidate communes ({@code ?decision=MANUAL_TRIAGE}), oldest first. They carry applicants'
 * ids and names: personal data, so a purpose is required.
 */
@RestController
class InboxController {

    private final JdbcIntakeLedger inbox;
    private final UnitCode unitCodes = new UnitCode();

    InboxController(JdbcIntakeLedger inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @Access(dataset = Dataset.DOSSIERS, personalData = true)
    List<InboxEntry> inbox(@RequestParam(required = false) String unitCode,
                           @RequestParam(required = false) String decision) {
        if (decision != null) {
            if (unitCode != null || !Routing.Decision.MANUAL_TRIAGE.name().equals(decision)) {
                throw ApiException.invalid("decision", "INVALID_VALUE",
                        "decision is MANUAL_TRIAGE, without unitCode (a unit's inbox is asked by unitCode)");
            }
            return inbox.decided(Routing.Decision.MANUAL_TRIAGE);
        }
        unitCodes.violation(unitCode).ifPresent(message -> {
            throw ApiException.invalid("unitCode", unitCodes.code(), message);
        });
        return inbox.routedTo(unitCode);
    }
}
