package vn.hanoi.gateway.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.input.StrictJson;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.problem.FieldError;

/** Dossier and progress bodies, read by the one strict reader and checked field by field. */
class DossierBodyTest {

    private static final StrictJson JSON = new StrictJson(new ObjectMapper());

    @Test
    void readsAWellFormedDossier() {
        CounterDossier dossier = dossier(DossierRequests.dossier("000.00.00.H00-261128-0001"));

        assertThat(dossier.applicant().type()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(dossier.receivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T08:10:00+07:00"));
        assertThat(dossier.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(dossier.documents()).singleElement()
                .satisfies(document -> assertThat(document.documentType()).isEqualTo(DocumentType.APPLICATION_FORM));
    }

    @Test
    void namesEveryBrokenRuleWithItsFieldAndCode() {
        ObjectNode body = DossierRequests.dossier("000.00.00.H00-261128-0001");
        body.put("dossierCode", "D-1").put("channel", "FAX").put("dueAt", "2026-11-01T00:00:00Z")
                .put("receivedAt", "28/11/2026");
        ((ObjectNode) body.get("applicant")).put("type", "ENTERPRISE").put("id", "0101234568");
        ((ObjectNode) body.get("documents").get(0)).remove("documentId");

        assertThatThrownBy(() -> dossier(body)).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                    tuple("dossierCode", "INVALID_DOSSIER_CODE"),
                    tuple("applicant.id", "INVALID_ENTERPRISE_CODE"),
                    tuple("receivedAt", FieldCodes.INVALID_INSTANT),
                    tuple("channel", FieldCodes.INVALID_VALUE),
                    tuple("documents[0].documentId", FieldCodes.REQUIRED));
            assertThat(problem.errors()).extracting(FieldError::message).noneMatch(message -> message.contains("0101234568"));
        });
    }

    @Test
    void refusesADueDateBeforeTheReceipt() {
        ObjectNode body = DossierRequests.dossier("000.00.00.H00-261128-0001").put("dueAt", "2026-11-01T00:00:00Z");

        assertThatThrownBy(() -> dossier(body)).isInstanceOfSatisfying(ApiException.class, problem ->
                assertThat(problem.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("dueAt", FieldCodes.INVALID_VALUE)));
    }

    @Test
    void refusesAnUnknownFieldBeforeAnyRuleNamingItsPath() {
        ObjectNode body = DossierRequests.dossier("D-1");
        ((ObjectNode) body.get("documents").get(0)).put("extra", 1);

        assertThatThrownBy(() -> dossier(body)).isInstanceOfSatisfying(ApiException.class, problem ->
                assertThat(problem.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("documents[0].extra", FieldCodes.UNKNOWN_FIELD)));
    }

    @Test
    void refusesABodyThatIsNotAnObjectAndFieldsOfTheWrongType() {
        assertThatThrownBy(() -> JSON.read("[]", "body", DossierBody.class)).isInstanceOfSatisfying(ApiException.class,
                problem -> assertThat(problem.errors()).extracting(FieldError::code).containsExactly(FieldCodes.INVALID_TYPE));
        ObjectNode wrongType = DossierRequests.progress("ACCEPTED", 5).put("officer", 7);

        assertThatThrownBy(() -> progress(wrongType)).isInstanceOfSatisfying(ApiException.class, problem ->
                assertThat(problem.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("officer", FieldCodes.INVALID_TYPE)));
    }

    @Test
    void requiresTheOfficerAndTheInstantOfAProgressUpdate() {
        ObjectNode missing = DossierRequests.progress("ACCEPTED", 5).put("officer", " ");
        missing.putNull("at");

        assertThatThrownBy(() -> progress(missing)).isInstanceOfSatisfying(ApiException.class, problem ->
                assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                        tuple("officer", FieldCodes.REQUIRED),
                        tuple("at", FieldCodes.REQUIRED)));
        assertThat(progress(DossierRequests.progress("PROCESSING", 5)).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    private static CounterDossier dossier(JsonNode body) {
        return DossierRequests.read(body);
    }

    private static ProgressUpdate progress(JsonNode body) {
        return DossierRequests.readProgress(body);
    }
}
