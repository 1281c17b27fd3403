package vn.hanoi.gateway.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.mappings.npsp.DocumentType;

/**
 * The answer of {@code POST /api/v1/prefill} ({@code API.md}): every component of the procedure with its status,
 * and a summary: {@code required} counts the required components; {@code fulfilled}, {@code missing} and
 * {@code unavailable} count every component by status (they add up to the number of items).
 */
record PrefillAnswer(String procedureCode, String dossierCode, List<Item> items, Summary summary) {

    enum Status { FULFILLED, MISSING, UNAVAILABLE }

    /** {@code name} (the component's name in the catalogue) is the gateway's addition to the contract's fields. */
    record Item(String componentCode, DocumentType documentType, boolean required, Status status, String source,
                JsonNode evidence, OffsetDateTime retrievedAt, String name) {
    }

    record Summary(long required, long fulfilled, long missing, long unavailable) {
    }

    static PrefillAnswer of(String procedureCode, String dossierCode, List<Item> items) {
        return new PrefillAnswer(procedureCode, dossierCode, List.copyOf(items), new Summary(
                items.stream().filter(Item::required).count(), count(items, Status.FULFILLED),
                count(items, Status.MISSING), count(items, Status.UNAVAILABLE)));
    }

    private static long count(List<Item> items, Status status) {
        return items.stream().filter(item -> item.status() == status).count();
    }
}
