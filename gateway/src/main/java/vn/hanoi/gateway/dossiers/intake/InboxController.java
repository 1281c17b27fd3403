package vn.hanoi.gateway.dossiers.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.dossiers.DossierSubjects;
import vn.hanoi.gateway.dossiers.incoming.IncomingEntries;
import vn.hanoi.gateway.dossiers.incoming.IncomingEntry;
import vn.hanoi.gateway.mappings.npsp.Routing;
import vn.hanoi.gateway.mappings.npsp.UnitCode;
import vn.hanoi.gateway.problem.ApiException;

/**
 * The online dossiers and the transfers received over the document axis routed to a receiving unit
 * ({@code ?unitCode=…}), or those waiting for a person to choose between candidate communes
 * ({@code ?decision=MANUAL_TRIAGE}), oldest first, each with its {@code source}. They carry applicants'
 * ids and names: personal data, so a purpose is required, and each applicant shown is a subject of the request's
 * audit records. The inbox is a unit's work list, not one dossier's: its purpose is recorded, not held to a dossier.
 */
@RestController
class InboxController {

    private final JdbcIntakeLedger inbox;
    private final IncomingEntries incoming;
    private final UnitCode unitCodes = new UnitCode();

    InboxController(JdbcIntakeLedger inbox, IncomingEntries incoming) {
        this.inbox = inbox;
        this.incoming = incoming;
    }

    @GetMapping("/api/v1/inbox")
    @Access(dataset = Dataset.DOSSIERS, personalData = true, checkedPurpose = false)
    List<InboxEntry> inbox(@RequestParam(required = false) String unitCode,
                           @RequestParam(required = false) String decision, HttpServletRequest request) {
        List<InboxEntry> entries = entries(unitCode, decision);
        entries.forEach(entry -> Optional.ofNullable(DossierSubjects.citizen(entry.applicant()))
                .ifPresent(personalId -> Audited.subject(request, personalId)));
        return entries;
    }

    private List<InboxEntry> entries(String unitCode, String decision) {
        if (decision != null) {
            if (unitCode != null || !Routing.Decision.MANUAL_TRIAGE.name().equals(decision)) {
                throw ApiException.invalid("decision", "INVALID_VALUE",
                        "decision is MANUAL_TRIAGE, without unitCode (a unit's inbox is asked by unitCode)");
            }
            return merged(inbox.decided(Routing.Decision.MANUAL_TRIAGE),
                    incoming.decided(Routing.Decision.MANUAL_TRIAGE));
        }
        unitCodes.violation(unitCode).ifPresent(message -> {
            throw ApiException.invalid("unitCode", unitCodes.code(), message);
        });
        return merged(inbox.routedTo(unitCode), incoming.routedTo(unitCode));
    }

    private static List<InboxEntry> merged(List<InboxEntry> portal, List<IncomingEntry> axis) {
        return Stream.concat(portal.stream(), axis.stream().map(InboxEntry::axis))
                .sorted(InboxEntry.OLDEST_FIRST).toList();
    }
}
