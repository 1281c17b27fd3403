package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Data minimisation: of a source's record, the fields a component of each document type needs, and nothing else
 * (the table is in {@code docs/once-only.md}): a register's, as its descriptor lists them
 * ({@code PrefillEvidence.fieldsFor}); every warehouse document's metadata without the owner.
 */
final class EvidenceFields {

    static final List<String> WAREHOUSE_DOCUMENT = List.of("documentId", "documentType", "title", "issuer", "issuedOn",
            "validUntil", "mediaType", "sha256");

    private EvidenceFields() {
    }

    /** The fields a component of {@code documentType} may see of a record from {@code source}. */
    static List<String> kept(Source source, String documentType) {
        return source.register().map(register -> register.fieldsFor(documentType)).orElse(WAREHOUSE_DOCUMENT);
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
