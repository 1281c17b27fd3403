package vn.hanoi.gateway.dossiers;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;

/**
 * A registered dossier's documents are digitised: each {@code documents[i].documentId} must be a warehouse document
 * of the dossier's applicant (another owner's counts as not found), else 422 {@code DOCUMENT_NOT_FOUND} naming each.
 */
@Component
class DossierDocuments {

    static final String NOT_FOUND = "NOT_FOUND";

    private final DigitisedDocuments warehouse;

    DossierDocuments(DigitisedDocuments warehouse) {
        this.warehouse = warehouse;
    }

    void requireHeld(Applicant applicant, List<CounterDossier.Document> documents) {
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String documentId = documents.get(i).documentId();
            if (!warehouse.holds(applicant, documentId)) {
                missing.add(new FieldError("documents[" + i + "].documentId", NOT_FOUND,
                        "the warehouse holds no document " + documentId + " of the applicant"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(ErrorCode.DOCUMENT_NOT_FOUND, missing.size() + " of the dossier's documents are not "
                    + "in the warehouse as the applicant's; store them (POST /api/v1/documents) first.", missing, null);
        }
    }
}
