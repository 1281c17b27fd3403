package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every organ's inbox at the sandbox axis ({@code document-axis.md}, "Receiving"): items in the order delivered, each
 * with a decimal cursor growing along that order (per inbox, from {@code "1"}); read from the oldest not acknowledged
 * or after a cursor given, again and again until acknowledged (at least once); acknowledged up to a cursor.
 */
final class AxisInboxes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Item>> byOrgan = new HashMap<>();

    /** One delivered message. */
    record Item(long cursor, String messageId, String kind, String from, String documentId, String responseFor,
                String statusCode, OffsetDateTime receivedAt, String edxml, boolean[] acknowledged) {
    }

    void deliver(String organ, String messageId, String kind, String from, String documentId, String responseFor,
                 String statusCode, OffsetDateTime receivedAt, String edxml) {
        List<Item> inbox = byOrgan.computeIfAbsent(organ, none -> new ArrayList<>());
        inbox.add(new Item(inbox.size() + 1L, messageId, kind, from, documentId, responseFor, statusCode, receivedAt,
                edxml, new boolean[1]));
    }

    /** The page after {@code after} (null: from the oldest not acknowledged); a cursor never given: BAD_CURSOR. */
    String read(String organ, String after, int limit) {
        List<Item> inbox = byOrgan.getOrDefault(organ, List.of());
        long from = after == null ? 0 : given(inbox, after);
        List<Item> open = inbox.stream().filter(item -> item.cursor() > from && !item.acknowledged()[0]).toList();
        ArrayNode items = JSON.createArrayNode();
        open.stream().limit(limit).forEach(item -> items.add(json(item)));
        ObjectNode page = JSON.createObjectNode();
        page.set("items", items);
        String next = open.isEmpty() ? after : String.valueOf(open.get(Math.min(limit, open.size()) - 1).cursor());
        return page.put("nextCursor", next).put("hasMore", open.size() > limit).toString();
    }

    /** Acknowledges every item up to and including {@code upTo}; answers how many were newly acknowledged. */
    int acknowledge(String organ, String upTo) {
        List<Item> inbox = byOrgan.getOrDefault(organ, List.of());
        long last = given(inbox, upTo);
        int newly = 0;
        for (Item item : inbox) {
            if (item.cursor() <= last && !item.acknowledged()[0]) {
                item.acknowledged()[0] = true;
                newly++;
            }
        }
        return newly;
    }

    /** Everything ever delivered to the organ, acknowledged or not (what tests look at). */
    List<Item> delivered(String organ) {
        return List.copyOf(byOrgan.getOrDefault(organ, List.of()));
    }

    private static long given(List<Item> inbox, String cursor) {
        try {
            long value = Long.parseLong(cursor);
            if (value >= 1 && value <= inbox.size()) {
                return value;
            }
        } catch (NumberFormatException notGiven) {
            // falls through to BAD_CURSOR
        }
        throw new AxisRefusal(400, "BAD_CURSOR", null, null, null);
    }

    static ObjectNode json(Item item) {
        return JSON.createObjectNode().put("cursor", String.valueOf(item.cursor())).put("messageId", item.messageId())
                .put("kind", item.kind()).put("from", item.from()).put("documentId", item.documentId())
                .put("responseFor", item.responseFor()).put("statusCode", item.statusCode())
                .put("receivedAt", item.receivedAt().toString()).put("edxml", item.edxml());
    }
}
