package vn.hanoi.gateway.routes.registers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a register contributes to prefill ({@code docs/once-only.md}): how it is asked for an applicant, when its
 * answer holds a current record for a component, and the fields a component of each document type may see of it
 * (data minimisation; a document type not listed sees the {@code usualDocumentType}'s fields).
 */
public record PrefillEvidence(Asking asking, Holding holding, String usualDocumentType,
                              Map<String, List<String>> fieldsByDocumentType) {

    public PrefillEvidence {
        fieldsByDocumentType = Map.copyOf(fieldsByDocumentType);
        if (!fieldsByDocumentType.containsKey(usualDocumentType)) {
            throw new IllegalArgumentException("no fields for the usual document type " + usualDocumentType);
        }
    }

    /** The fields a component of {@code documentType} may see of this register's record. */
    public List<String> fieldsFor(String documentType) {
        return fieldsByDocumentType.getOrDefault(documentType, fieldsByDocumentType.get(usualDocumentType));
    }

    /** The lookup that asks the register about a prefill's subject, or empty when there is nothing to ask with. */
    @FunctionalInterface
    public interface Asking {
        Optional<LookupQuery> about(PrefillSubject subject);
    }

    /** The record that satisfies a component of {@code documentType}, if the register's answer holds a current one. */
    @FunctionalInterface
    public interface Holding {
        Optional<JsonNode> current(String documentType, JsonNode record, PrefillSubject subject, LocalDate today);

        /** Any record the register holds satisfies every component it is named for. */
        static Holding anyRecord() {
            return (documentType, record, subject, today) -> Optional.of(record);
        }
    }

    /** A date that is absent (no end) or today or later: whether a record's validity still holds. */
    public static boolean notPast(JsonNode date, LocalDate today) {
        return date.isMissingNode() || date.isNull() || !LocalDate.parse(date.asText()).isBefore(today);
    }

    /** One lookup: the route and the key to ask it. */
    public record LookupQuery(Lookup<?> lookup, String key) {
    }
}
