package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;

class DossierBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsAWellFormedDossier() {
        CounterDossier dossier = DossierBody.read(DossierRequests.dossier("000.00.00.H00-261128-0001"));

        assertThat(dossier.applicant().type()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(dossier.receivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T08:10:00+07:00"));
        assertThat(dossier.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(dossier.documents()).singleElement()
                .satisfies(document -> assertThat(document.documentType()).isEqualTo(DocumentType.APPLICATION_FORM));
    }

    @Test
    void namesEveryBrokenRuleWithItsFieldAndCode() {
        ObjectNode body = DossierRequests.dossier("000.00.00.H00-261128-0001");
        body.put("dossierCode", "D-1").put("channel", "FAX").put("dueAt", "2026-11-01T00:00:00Z").put("extra", 1);
        ((ObjectNode) body.get("applicant")).put("type", "ENTERPRISE").put("id", "0101234568");
        ((ObjectNode) body.get("documents").get(0)).remove("documentId");

        assertThatThrownBy(() -> DossierBody.read(body)).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                    tuple("extra", StrictJson.UNKNOWN_FIELD),
                    tuple("dossierCode", "INVALID_DOSSIER_CODE"),
                    tuple("applicant.id", "INVALID_ENTERPRISE_CODE"),
                    tuple("dueAt", StrictJson.INVALID_VALUE),
                    tuple("channel", StrictJson.INVALID_VALUE),
                    tuple("documents[0].documentId", StrictJson.REQUIRED));
            assertThat(problem.errors()).extracting(FieldError::message).noneMatch(message -> message.contains("0101234568"));
        });
    }

    @Test
    void refusesABodyThatIsNotAnObjectAndFieldsOfTheWrongType() throws Exception {
        assertThatThrownBy(() -> DossierBody.read(JSON.readTree("[]"))).isInstanceOf(ApiException.class);
        ObjectNode progress = DossierRequests.progress("ACCEPTED", 5).put("officer", 7);
        progress.putNull("at");

        assertThatThrownBy(() -> ProgressBody.read(progress)).isInstanceOfSatisfying(ApiException.class, problem ->
                assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                        tuple("officer", StrictJson.INVALID_TYPE),
                        tuple("at", StrictJson.REQUIRED)));
        assertThat(ProgressBody.read(DossierRequests.progress("PROCESSING", 5)).status()).isEqualTo(DossierStatus.PROCESSING);
    }
}
