package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;

class DossierDocumentsTest {

    private static final Applicant APPLICANT = new Applicant(ApplicantType.CITIZEN, "001305885451", "Nguyễn Văn An");

    /** Holds exactly one document, {@code WH-1}, of the applicant. */
    private final DossierDocuments documents = new DossierDocuments((applicant, documentId) ->
            applicant.equals(APPLICANT) && documentId.equals("WH-1"));

    @Test
    void aDossierOfHeldDocumentsOrOfNonePasses() {
        assertThatNoException().isThrownBy(() -> requireHeld("WH-1"));
        assertThatNoException().isThrownBy(() -> requireHeld());
    }

    @Test
    void namesEveryDocumentTheWarehouseDoesNotHoldForTheApplicant() {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> requireHeld("WH-2", "WH-1", "WH-3"));

        assertThat(refused.code()).isEqualTo(ErrorCode.DOCUMENT_NOT_FOUND);
        assertThat(refused.code().status().value()).isEqualTo(422);
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("documents[0].documentId", "NOT_FOUND"),
                tuple("documents[2].documentId", "NOT_FOUND"));
    }

    private void requireHeld(String... documentIds) {
        documents.requireHeld(APPLICANT, Arrays.stream(documentIds)
                .map(id -> new CounterDossier.Document("TP01", DocumentType.APPLICATION_FORM, id)).toList());
    }
}
