package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;
import vn.hanoi.gateway.warehouse.OwnerDocuments;
import vn.hanoi.gateway.warehouse.WarehouseDocument;

class DossierDocumentsTest {

    private static final Applicant APPLICANT = new Applicant(ApplicantType.CITIZEN, "001305885451", "Nguyễn Văn An");

    /** Holds exactly one document, {@code WH-1}, of the applicant. */
    private final DossierDocuments documents = new DossierDocuments(new OwnerDocuments() {
        @Override
        public List<WarehouseDocument> of(ApplicantType ownerType, String ownerId) {
            return List.of();
        }

        @Override
        public Optional<WarehouseDocument> find(ApplicantType ownerType, String ownerId, String documentId) {
            boolean held = ownerType == APPLICANT.type() && ownerId.equals(APPLICANT.id()) && documentId.equals("WH-1");
            return held ? Optional.of(new WarehouseDocument(documentId, ownerType, ownerId, "APPLICATION_FORM", "Tờ khai",
                    null, null, null, null, "application/pdf", 10, "0".repeat(64), OffsetDateTime.now(), null))
                    : Optional.empty();
        }
    });

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
