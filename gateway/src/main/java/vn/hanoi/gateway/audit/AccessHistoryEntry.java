package vn.hanoi.gateway.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import vn.hanoi.gateway.access.DossierParties;
import vn.hanoi.gateway.access.PurposeBinding;

/**
 * One read of a citizen's data as the citizen is shown it: when, which unit (the receiving unit of the dossier it
 * was for, else the client system that read), in which role, which dataset, under which dossier and procedure,
 * with what outcome. Never the officer's personal id.
 */
@Schema(description = "One read of the citizen's data")
record AccessHistoryEntry(
        @Schema(example = "2026-12-07T09:15:02.118+07:00") OffsetDateTime at,
        @Schema(description = "The dossier's receiving unit, else the client system that read", example = "000.00.00.H00")
        String unit,
        @Schema(description = "CASE_OFFICER: an officer handling a dossier you are a party to; OVERRIDE: an officer "
                + "reading under the audited override the law allows; UNVERIFIED: a read the purpose check did not "
                + "confirm (report mode, or before the check existed)", example = "CASE_OFFICER")
        String role,
        @Schema(example = "population") String dataset,
        @Schema(example = "D-1") String dossierCode,
        @Schema(example = "9.000001") String procedureCode,
        @Schema(description = "FOUND, NOT_FOUND, or ERROR_<code>", example = "FOUND") String outcome) {

    static final String CASE_OFFICER = "CASE_OFFICER";
    static final String OVERRIDE = "OVERRIDE";
    static final String UNVERIFIED = "UNVERIFIED";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static AccessHistoryEntry of(AuditEntry entry, Optional<DossierParties> dossier) {
        return new AccessHistoryEntry(entry.recordedAt().atZone(VIETNAM).toOffsetDateTime(),
                dossier.map(DossierParties::unitCode).orElse(entry.clientId()), roleOf(entry.purposeCheck()),
                entry.dataset(), entry.dossierCode(), dossier.map(DossierParties::procedureCode).orElse(null),
                entry.outcome());
    }

    private static String roleOf(String purposeCheck) {
        if (PurposeBinding.Verdict.PARTY.name().equals(purposeCheck)) {
            return CASE_OFFICER;
        }
        return PurposeBinding.Verdict.OVERRIDE.name().equals(purposeCheck) ? OVERRIDE : UNVERIFIED;
    }
}
