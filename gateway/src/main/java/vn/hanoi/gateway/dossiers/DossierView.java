package vn.hanoi.gateway.dossiers;

import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/** {@code GET /api/v1/dossiers/{dossierCode}}: the dossier, its current status and history, and its sync state. */
record DossierView(
        String dossierCode,
        String procedureCode,
        Applicant applicant,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        Channel channel,
        String receivingUnitCode,
        String summary,
        List<CounterDossier.Document> documents,
        DossierStatus status,
        List<Step> history,
        SyncView sync) {

    /** One status the dossier went through, oldest first; the first is {@code RECEIVED} at {@code receivedAt}. */
    record Step(DossierStatus status, String officer, String officerTitle, String department, String note,
                OffsetDateTime at) {
    }

    static DossierView of(DossierTable.Stored stored, List<DossierTable.HistoryEntry> history, SyncView sync) {
        CounterDossier dossier = stored.dossier();
        return new DossierView(dossier.dossierCode(), dossier.procedureCode(), dossier.applicant(),
                PortalTime.inVietnam(dossier.receivedAt()), PortalTime.inVietnam(dossier.dueAt()), dossier.channel(),
                dossier.receivingUnitCode(), dossier.summary(), dossier.documents(), stored.status(),
                history.stream().map(step -> new Step(step.status(), step.officer(), step.officerTitle(),
                        step.department(), step.note(), Timestamps.inVietnam(step.at()))).toList(),
                sync);
    }
}
