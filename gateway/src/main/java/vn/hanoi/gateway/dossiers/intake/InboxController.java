package vn.hanoi.gateway.dossiers.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.dossiers.DossierSubjects;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.mappings.npsp.UnitCode;
import vn.hanoi.gateway.problem.ApiException;

/**
 * The online dossiers routed to a receiving unit ({@code ?unitCode=…}), or those waiting for a person to
 * choose between candidate communes ({@code ?decision=MANUAL_TRIAGE}), oldest first. They carry applicants'
 * ids and names: personal data, so a purpose is required, and each applicant shown is a subject of the request's
 * audit records. The inbox is a unit's work list, not one dossier's: its purpose is recorded, not held to a dossier.
 */
@RestController
class InboxController {

    private final JdbcIntakeLedger inbox;
    private final UnitCode unitCodes = new UnitCode();

    InboxController(JdbcIntakeLedger inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/inbox")
    @Access(dataset = Dataset.DOSSIERS, personalData = true, checkedPurpose = false)
    List<InboxEntry> inbox(@RequestParam(required = false) String unitCode,
                           @RequestParam(required = false) String decision, HttpServletRequest request) {
        List<InboxEntry> entries = entries(unitCode, decision);
        entries.forEach(entry -> Optional.ofNullable(DossierSubjects.citizen(entry.dossier().applicant()))
                .ifPresent(personalId -> Audited.subject(request, personalId)));
        return entries;
    }

    private List<InboxEntry> entries(String unitCode, String decision) {
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
