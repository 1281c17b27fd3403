package vn.hanoi.gateway.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.prefill.PrefillAnswer.Item;
import vn.hanoi.gateway.prefill.PrefillAnswer.Status;
import vn.hanoi.gateway.routes.registers.PrefillSubject;
import vn.hanoi.gateway.routes.registers.Registers;
import vn.hanoi.gateway.testing.BundledFixtures;

/** The API.md rules per source, on the canonical fixture records, with "today" chosen around each validity date. */
class EvidenceRulesTest {

    private static final Instant ANSWERED = Instant.parse("2026-11-28T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final PrefillSubject THAO = citizen("001300973597");
    private static final Sources SOURCES = new Sources(Registers.scan());

    @Test
    void aHealthInsuranceCardIsEvidenceUpToAndIncludingItsValidToDay() {
        JsonNode insurance = BundledFixtures.json("insurance/canonical/2853501530.json");
        LocalDate validTo = LocalDate.parse(insurance.at("/healthInsuranceCard/validTo").asText());

        Item onLastDay = item(component(DocumentType.HEALTH_INSURANCE_CARD), found(insurance), THAO, validTo);
        Item dayAfter = item(component(DocumentType.HEALTH_INSURANCE_CARD), found(insurance), THAO, validTo.plusDays(1));

        assertThat(onLastDay.status()).isEqualTo(Status.FULFILLED);
        assertThat(onLastDay.evidence().at("/healthInsuranceCard/cardNumber").asText()).isEqualTo("GD4012853501530");
        assertThat(dayAfter.status()).isEqualTo(Status.MISSING);
        assertThat(dayAfter.evidence()).isNull();
        assertThat(dayAfter.retrievedAt()).isNotNull();
    }

    @Test
    void theSocialInsuranceRecordDoesNotDependOnTheCard() {
        JsonNode insurance = BundledFixtures.json("insurance/canonical/2853501530.json");

        Item record = item(component(DocumentType.SOCIAL_INSURANCE_RECORD), found(insurance), THAO,
                LocalDate.parse("2030-01-01"));

        assertThat(record.status()).isEqualTo(Status.FULFILLED);
        assertThat(fieldNames(record.evidence()))
                .containsExactly("insuranceCode", "status", "participation", "totalContributionMonths");
    }

    @Test
    void aParcelIsEvidenceOnlyForOneOfItsHoldersAndNeverShowsTheHolders() {
        JsonNode parcel = BundledFixtures.json("land/canonical/10084-52-134.json");
        LocalDate today = LocalDate.parse("2026-11-28");

        Item holder = item(component(DocumentType.LAND_USE_CERTIFICATE), found(parcel), THAO, today);
        Item stranger = item(component(DocumentType.LAND_USE_CERTIFICATE), found(parcel), citizen("001051409167"), today);

        assertThat(holder.status()).isEqualTo(Status.FULFILLED);
        assertThat(holder.evidence().has("holders")).isFalse();
        assertThat(holder.evidence().at("/certificate/serial").isTextual()).isTrue();
        assertThat(stranger.status()).isEqualTo(Status.MISSING);
        assertThat(stranger.evidence()).isNull();
    }

    @Test
    void identityEvidenceKeepsWhoThePersonIsAndDropsTheirFamily() {
        JsonNode citizen = BundledFixtures.json("population/canonical/001300973597.json");

        Item identity = item(component(DocumentType.IDENTITY), found(citizen), THAO, LocalDate.parse("2026-11-28"));

        assertThat(identity.status()).isEqualTo(Status.FULFILLED);
        assertThat(fieldNames(identity.evidence())).containsExactly("personalId", "fullName", "dateOfBirth",
                "birthYear", "gender", "nationality", "permanentAddress");
        assertThat(identity.retrievedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void aWarehouseDocumentIsEvidenceWhileValidUntilIsNotPast() {
        ArrayNode documents = new ObjectMapper().createArrayNode().add(document("WH-1", "MARITAL_STATUS_CONFIRMATION",
                "2027-03-15")).add(document("WH-2", "BIRTH_CERTIFICATE", null));

        Item current = item(component(DocumentType.MARITAL_STATUS_CONFIRMATION), found(documents), THAO,
                LocalDate.parse("2027-03-15"));
        Item expired = item(component(DocumentType.MARITAL_STATUS_CONFIRMATION), found(documents), THAO,
                LocalDate.parse("2027-03-16"));
        Item forGood = item(component(DocumentType.BIRTH_CERTIFICATE), found(documents), THAO,
                LocalDate.parse("2090-01-01"));
        Item none = item(component(DocumentType.MARRIAGE_CERTIFICATE), found(documents), THAO,
                LocalDate.parse("2026-11-28"));

        assertThat(current.status()).isEqualTo(Status.FULFILLED);
        assertThat(current.evidence().get("documentId").asText()).isEqualTo("WH-1");
        assertThat(current.evidence().has("ownerId")).isFalse();
        assertThat(expired.status()).isEqualTo(Status.MISSING);
        assertThat(forGood.status()).isEqualTo(Status.FULFILLED);
        assertThat(none.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void aSourceThatCouldNotAnswerMakesItsComponentUnavailableAndOneWithoutSourceIsMissing() {
        Item down = item(component(DocumentType.IDENTITY), SourceAnswer.unavailable(), THAO, TODAY);
        Procedure.Document form = new Procedure.Document("TP01", "Tờ khai", DocumentType.APPLICATION_FORM, true, null);
        Item submitted = EvidenceRules.item(form, Optional.empty(), SourceAnswer.notAsked(), THAO, TODAY);
        Item notFound = item(component(DocumentType.IDENTITY), SourceAnswer.notFound(ANSWERED), THAO, TODAY);

        assertThat(down.status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(down.retrievedAt()).isNull();
        assertThat(submitted.status()).isEqualTo(Status.MISSING);
        assertThat(submitted.source()).isNull();
        assertThat(notFound.status()).isEqualTo(Status.MISSING);
        assertThat(notFound.retrievedAt()).isNotNull();
    }

    @Test
    void theSummaryCountsRequiredComponentsAndEveryItemByStatus() {
        Item identity = item(component(DocumentType.IDENTITY), found(BundledFixtures.json(
                "population/canonical/001300973597.json")), THAO, TODAY);
        Item down = item(component(DocumentType.HEALTH_INSURANCE_CARD), SourceAnswer.unavailable(), THAO, TODAY);
        Item form = EvidenceRules.item(new Procedure.Document("TP01", "Tờ khai", DocumentType.APPLICATION_FORM, false,
                null), Optional.empty(), SourceAnswer.notAsked(), THAO, TODAY);

        PrefillAnswer answer = PrefillAnswer.of("9.000005", "H00-261128-0001", List.of(identity, down, form));

        assertThat(answer.summary()).isEqualTo(new PrefillAnswer.Summary(2, 1, 1, 1));
    }

    private static Item item(Procedure.Document component, SourceAnswer answer, PrefillSubject applicant,
                             LocalDate today) {
        return EvidenceRules.item(component, SOURCES.named(component.source()), answer, applicant, today);
    }

    private static Procedure.Document component(DocumentType type) {
        return new Procedure.Document("TP02", type.name(), type, true, type.source());
    }

    private static SourceAnswer found(JsonNode record) {
        return SourceAnswer.found(record, ANSWERED);
    }

    private static PrefillSubject citizen(String id) {
        return new PrefillSubject(ApplicantType.CITIZEN, id, null);
    }

    private static ObjectNode document(String id, String type, String validUntil) {
        ObjectNode document = new ObjectMapper().createObjectNode().put("documentId", id).put("ownerType", "CITIZEN")
                .put("ownerId", THAO.applicantId()).put("documentType", type).put("title", type).put("issuedOn", "2026-09-15");
        return document.put("validUntil", validUntil);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
