package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Data minimisation: of a source's record, the fields a component of each document type needs, and nothing else
 * (the table is in {@code docs/once-only.md}). A register's document type not listed here gets its source's
 * usual one; every warehouse document gets its metadata without the owner.
 */
final class EvidenceFields {

    static final Map<String, List<String>> KEPT = Map.of(
            "IDENTITY", List.of("personalId", "fullName", "dateOfBirth", "birthYear", "gender", "nationality",
                    "permanentAddress"),
            "ENTERPRISE_REGISTRATION", List.of("enterpriseCode", "parentEnterpriseCode", "registrationNumber", "name",
                    "legalForm", "firstRegisteredOn", "lastChangedOn", "changeCount", "legalStatus", "headOffice"),
            "SOCIAL_INSURANCE_RECORD", List.of("insuranceCode", "status", "participation", "totalContributionMonths"),
            "HEALTH_INSURANCE_CARD", List.of("insuranceCode", "healthInsuranceCard"),
            "LAND_USE_CERTIFICATE", List.of("communeCode", "communeName", "communeCodeCandidates", "legacyCommuneCode",
                    "mapSheetNumber", "parcelNumber", "areaM2", "address", "landUses", "certificate", "encumbrances"),
            // Birth and marriage certificates from civil status are reduced to the one registration they need
            // (EvidenceRules.civilStatusFirst); a component naming civil-status for anything else gets this.
            "CIVIL_STATUS_RECORD", List.of("personalId", "birth", "marriages", "death"));

    static final List<String> WAREHOUSE_DOCUMENT = List.of("documentId", "documentType", "title", "issuer", "issuedOn",
            "validUntil", "mediaType", "sha256");

    private static final Map<Source, String> USUAL = Map.of(Source.POPULATION, "IDENTITY",
            Source.BUSINESS, "ENTERPRISE_REGISTRATION", Source.INSURANCE, "SOCIAL_INSURANCE_RECORD",
            Source.LAND, "LAND_USE_CERTIFICATE", Source.CIVIL_STATUS, "CIVIL_STATUS_RECORD");

    private EvidenceFields() {
    }

    /** The fields a component of {@code documentType} may see of a record from {@code source}. */
    static List<String> kept(Source source, String documentType) {
        if (source == Source.WAREHOUSE) {
            return WAREHOUSE_DOCUMENT;
        }
        return KEPT.getOrDefault(documentType, KEPT.get(USUAL.get(source)));
    }

    /** A copy of {@code record} with only the kept fields (present ones; a null stays null). */
    static ObjectNode reduce(JsonNode record, Source source, String documentType) {
        ObjectNode evidence = JsonNodeFactory.instance.objectNode();
        for (String field : kept(source, documentType)) {
            if (record.has(field)) {
                evidence.set(field, record.get(field).deepCopy());
            }
        }
        return evidence;
    }
}
