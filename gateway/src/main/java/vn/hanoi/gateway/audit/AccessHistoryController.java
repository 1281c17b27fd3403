package vn.hanoi.gateway.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.DossierParties;
import vn.hanoi.gateway.access.KnownDossiers;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.problem.ApiException;

/**
 * A citizen's own access history, for the citizen portal (dataset {@code access-history}), which has signed the
 * citizen in: every read of their data the trail holds, oldest first. Refused attempts are not reads and are not
 * listed (auditors see them); officers appear by unit and role only.
 */
@RestController
@Tag(name = "Access history")
class AccessHistoryController {

    private final AuditLog log;
    private final SubjectKey subjectKey;
    private final KnownDossiers dossiers;
    private final PersonalId personalIdRule = PersonalId.rule();

    AccessHistoryController(AuditLog log, SubjectKey subjectKey, KnownDossiers dossiers) {
        this.log = log;
        this.subjectKey = subjectKey;
        this.dossiers = dossiers;
    }

    @GetMapping("/api/v1/access-history/{personalId}")
    @Access(dataset = Dataset.ACCESS_HISTORY)
    @Operation(summary = "Who read a citizen's data: when, which unit and role, which dataset, for which dossier",
            description = "For the citizen portal, on behalf of the citizen it has signed in (Personal Data Protection "
                    + "Law 91/2025). Each entry is one read: the unit is the receiving unit of the dossier it was for "
                    + "(else the client system), the role how the read stood against that dossier. Refused attempts "
                    + "are not listed; no officer's personal id is ever shown.")
    List<AccessHistoryEntry> history(@PathVariable String personalId) {
        personalIdRule.violation(personalId).ifPresent(message -> {
            throw ApiException.invalid("personalId", personalIdRule.code(), message);
        });
        Map<String, Optional<DossierParties>> known = new HashMap<>();
        return log.bySubject(subjectKey.hashOf(personalId)).stream()
                .map(AuditRecord::entry)
                .filter(entry -> !RequestAuditor.REFUSED.equals(entry.outcome()))
                .map(entry -> AccessHistoryEntry.of(entry, entry.dossierCode() == null ? Optional.empty()
                        : known.computeIfAbsent(entry.dossierCode(), dossiers::find)))
                .toList();
    }
}
