package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;

/**
 * {@code GET /api/v1/dossiers/{dossierCode}}: the dossier's fields as it was registered, then its current status,
 * its history, its result set ({@code portalFileId} null until the portal has the file), when the result was
 * returned (null until then) and its sync state.
 */
record DossierView(@JsonUnwrapped CounterDossier dossier, DossierStatus status, List<Step> history, List<Result> results,
                   OffsetDateTime returnedAt, SyncView sync) {

    /** One status the dossier went through, oldest first; the first is {@code RECEIVED} at {@code receivedAt}. */
    record Step(DossierStatus status, String officer, String officerTitle, String department, String note,
                OffsetDateTime at) {
    }

    /** One document of the result set, in the order given. */
    record Result(String documentId, String title, String documentType, String number, String signer,
                  OffsetDateTime signedAt, String issuer, String sha256, String portalFileId) {
    }

    static DossierView of(DossierTable.Stored stored, List<DossierTable.HistoryEntry> history,
                          List<ResultTable.Shown> results, OffsetDateTime returnedAt, SyncView sync) {
        return new DossierView(stored.dossier(), stored.status(),
                history.stream().map(step -> new Step(step.status(), step.officer(), step.officerTitle(),
                        step.department(), step.note(), Timestamps.inVietnam(step.at()))).toList(),
                results.stream().map(shown -> new Result(shown.result().documentId(), shown.result().title(),
                        shown.result().documentType(), shown.result().number(), shown.result().signer(),
                        shown.result().signedAt(), shown.result().issuer(), shown.result().sha256(),
                        shown.portalFileId())).toList(),
                returnedAt, sync);
    }
}
