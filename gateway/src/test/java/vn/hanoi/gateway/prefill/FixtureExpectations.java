package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.StreamSupport;
import vn.hanoi.gateway.testing.BundledFixtures;

/**
 * What the fixture files imply a prefill must answer, derived from them and the rules of {@code API.md} alone,
 * without the gateway's code: which register holds whom, which parcel whose, which warehouse document is current.
 */
final class FixtureExpectations {

    private final LocalDate today;
    private final JsonNode warehouse = BundledFixtures.json("warehouse/documents.json");

    FixtureExpectations(LocalDate today) {
        this.today = today;
    }

    /**
     * The status a component must have for this applicant ({@code CITIZEN} personal id or {@code ENTERPRISE} code)
     * and, for land, the fixture parcel named {@code <commune>-<sheet>-<parcel>} (or null).
     */
    String status(JsonNode component, String applicantType, String applicantId, String parcel) {
        String source = component.path("source").textValue();
        String documentType = component.path("documentType").textValue();
        boolean citizen = "CITIZEN".equals(applicantType);
        if (citizen && civilStatusEvidence(documentType, applicantId).isPresent()) {
            return "FULFILLED";
        }
        boolean held = source != null && switch (source) {
            case "population" -> citizen && exists("population/canonical/" + applicantId + ".json");
            case "business" -> !citizen && exists("business/canonical/" + applicantId + ".json");
            case "insurance" -> citizen && insuranceOf(applicantId)
                    .filter(record -> !"HEALTH_INSURANCE_CARD".equals(documentType) || hasValidCard(record))
                    .isPresent();
            case "land" -> parcel != null && isHolder(BundledFixtures.json("land/canonical/" + parcel + ".json"),
                    citizen ? "personalId" : "enterpriseCode", applicantId);
            case "warehouse" -> currentDocument(applicantId, documentType).isPresent();
            default -> false;
        };
        return held ? "FULFILLED" : "MISSING";
    }

    /** The component's {@code source}, or {@code civil-status} when that register holds the certificate. */
    String source(JsonNode component, String applicantType, String applicantId) {
        boolean fromCivilStatus = "CITIZEN".equals(applicantType)
                && civilStatusEvidence(component.path("documentType").textValue(), applicantId).isPresent();
        return fromCivilStatus ? "civil-status" : component.path("source").textValue();
    }

    /**
     * A birth certificate: the person's birth record in the civil-status fixtures; a marriage certificate: their
     * marriage there with status {@code IN_FORCE}; anything else, or no such record: empty.
     */
    static Optional<JsonNode> civilStatusEvidence(String documentType, String personalId) {
        String file = "civil-status/canonical/" + personalId + ".json";
        if (!exists(file)) {
            return Optional.empty();
        }
        JsonNode record = BundledFixtures.json(file);
        if ("BIRTH_CERTIFICATE".equals(documentType)) {
            return Optional.of(record.path("birth")).filter(JsonNode::isObject);
        }
        if ("MARRIAGE_CERTIFICATE".equals(documentType)) {
            return StreamSupport.stream(record.path("marriages").spliterator(), false)
                    .filter(marriage -> "IN_FORCE".equals(marriage.path("status").asText())).findFirst();
        }
        return Optional.empty();
    }

    /** The id of the owner's current warehouse document of that type, latest issued first. */
    Optional<String> currentDocument(String ownerId, String documentType) {
        return StreamSupport.stream(warehouse.spliterator(), false)
                .filter(document -> ownerId.equals(document.path("ownerId").asText()))
                .filter(document -> Objects.equals(documentType, document.path("documentType").asText()))
                .filter(document -> document.path("validUntil").isNull()
                        || !LocalDate.parse(document.path("validUntil").asText()).isBefore(today))
                .max((a, b) -> a.path("issuedOn").asText().compareTo(b.path("issuedOn").asText()))
                .map(document -> document.path("documentId").asText());
    }

    private boolean hasValidCard(JsonNode insurance) {
        JsonNode card = insurance.path("healthInsuranceCard");
        return card.isObject() && (card.path("validTo").isNull()
                || !LocalDate.parse(card.path("validTo").asText()).isBefore(today));
    }

    private static Optional<JsonNode> insuranceOf(String personalId) {
        return BundledFixtures.names("insurance/canonical").stream()
                .map(code -> BundledFixtures.json("insurance/canonical/" + code + ".json"))
                .filter(record -> personalId.equals(record.path("personalId").asText()))
                .findFirst();
    }

    private static boolean isHolder(JsonNode parcel, String idField, String id) {
        return StreamSupport.stream(parcel.path("holders").spliterator(), false)
                .anyMatch(holder -> id.equals(holder.path(idField).asText()));
    }

    private static boolean exists(String relative) {
        return Files.isRegularFile(BundledFixtures.root().resolve(relative));
    }
}
