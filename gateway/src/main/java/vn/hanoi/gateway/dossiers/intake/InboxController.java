package vn.hanoi.gateway.dossiers.intake;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.problem.ApiException;

/**
 * The online dossiers routed to a receiving unit ({@code ?unitCode=…}), or those waiting for a person to
 * choose between candidate communes ({@code ?decision=MANUAL_TRIAGE}), oldest first. They carry applicants'
 * ids and names: personal data, so a purpose is required.
 */
@RestController
class InboxController {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final JdbcIntakeLedger inbox;

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
        if (unitCode == null || !UNIT_CODE.matcher(unitCode).matches()) {
            throw ApiException.invalid("unitCode", "INVALID_UNIT_CODE", "unitCode is 1-64 of A-Z a-z 0-9 . _ -");
        }
        return inbox.routedTo(unitCode);
    }
}
