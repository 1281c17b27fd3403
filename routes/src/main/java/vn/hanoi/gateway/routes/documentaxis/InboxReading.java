package vn.hanoi.gateway.routes.documentaxis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hanoi.gateway.routes.connector.FailureKind;
import vn.hanoi.gateway.routes.connector.UpstreamException;

/**
 * Reads the gateway's inbox at the axis from the persisted cursor, page by page: each page's items are stored, and
 * the cursor moved, in one transaction, and only then acknowledged ({@code POST /edxml/v1/ack} up to that cursor).
 * A crash between the two leaves items stored but not acknowledged: the axis gives them again (at least once) and
 * they are dropped by {@code messageId}; and the next run acknowledges up to the persisted cursor before anything
 * else, so nothing stays unacknowledged. A cursor the axis no longer knows (400 {@code BAD_CURSOR}) is read past from
 * the oldest unacknowledged item. Any other failure ends the run where it is; the next starts from the cursor.
 */
final class InboxReading {

    static final String INBOX = "/edxml/v1/inbox";
    static final String ACK = "/edxml/v1/ack";
    private static final Logger LOG = LoggerFactory.getLogger(InboxReading.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProducerTemplate producer;
    private final AxisInboxLedger ledger;
    private final String organId;
    private final InboxSettings settings;
    private final Clock clock;
    private volatile String acknowledged;

    InboxReading(ProducerTemplate producer, AxisInboxLedger ledger, String organId, InboxSettings settings,
                 Clock clock) {
        this.producer = producer;
        this.ledger = ledger;
        this.organId = organId;
        this.settings = settings;
        this.clock = clock;
    }

    /** Returns how many new items were stored. */
    int readNew() {
        String after = ledger.cursor().orElse(null);
        acknowledgeUpTo(after);
        int stored = 0;
        for (int page = 0; page < settings.maxPagesPerRun(); page++) {
            InboxPage answer = page(after);
            if (!answer.items().isEmpty()) {
                int fresh = ledger.store(answer.items(), answer.nextCursor(), clock.instant());
                stored += fresh;
                LOG.info("Axis inbox: {} items read, {} new, up to cursor {}", answer.items().size(), fresh,
                        answer.nextCursor());
            }
            acknowledgeUpTo(answer.nextCursor());
            after = answer.nextCursor();
            if (!answer.hasMore() || answer.items().isEmpty()) {
                break;
            }
        }
        return stored;
    }

    private InboxPage page(String after) {
        Exchange answer = call(AxisRequest.get(INBOX, query(after)));
        if (after != null && status(answer) == 400 && "BAD_CURSOR".equals(AxisAnswers.code(body(answer)))) {
            LOG.warn("Axis inbox: the axis does not know cursor {}; reading from its oldest unacknowledged item", after);
            answer = call(AxisRequest.get(INBOX, query(null)));
        }
        requireSuccess(answer, "inbox");
        return pageOf(AxisAnswers.read(body(answer)));
    }

    private void acknowledgeUpTo(String cursor) {
        if (cursor == null || cursor.equals(acknowledged)) {
            return;
        }
        requireSuccess(call(AxisRequest.postJson(ACK, jsonAck(cursor))), "ack");
        acknowledged = cursor;
    }

    private String query(String after) {
        return "organId=" + encode(organId) + (after == null ? "" : "&after=" + encode(after))
                + "&limit=" + settings.pageSize();
    }

    private String jsonAck(String cursor) {
        return JSON.createObjectNode().put("organId", organId).put("upTo", cursor).toString();
    }

    private Exchange call(AxisRequest request) {
        Exchange answer = producer.send(AxisCallRoute.ENDPOINT, exchange -> exchange.getMessage().setBody(request));
        if (answer.getException() != null) {
            throw new UpstreamException(AxisSession.SYSTEM, FailureKind.IO,
                    request.path() + " unreachable: " + answer.getException().getClass().getSimpleName(), null,
                    answer.getException());
        }
        return answer;
    }

    private static void requireSuccess(Exchange answer, String what) {
        int status = status(answer);
        if (status == 200) {
            return;
        }
        FailureKind kind = status >= 500 ? FailureKind.SERVER_ERROR : status == 429 ? FailureKind.THROTTLED
                : status == 401 || status == 403 ? FailureKind.UNAUTHORIZED : FailureKind.REJECTED_REQUEST;
        throw new UpstreamException(AxisSession.SYSTEM, kind,
                what + " answered " + status + " " + AxisAnswers.code(body(answer)));
    }

    private static InboxPage pageOf(JsonNode answer) {
        if (!answer.path("items").isArray()) {
            throw new UpstreamException(AxisSession.SYSTEM, FailureKind.MALFORMED_RESPONSE, "inbox answer without items");
        }
        List<InboxItem> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(itemOf(item));
        }
        return new InboxPage(items, text(answer, "nextCursor"), answer.path("hasMore").asBoolean(false));
    }

    private static InboxItem itemOf(JsonNode item) {
        try {
            return new InboxItem(Objects.requireNonNull(text(item, "cursor")),
                    Objects.requireNonNull(text(item, "messageId")), Objects.requireNonNull(text(item, "kind")),
                    Objects.requireNonNull(text(item, "from")), text(item, "documentId"), text(item, "responseFor"),
                    text(item, "statusCode"), OffsetDateTime.parse(text(item, "receivedAt")),
                    Objects.requireNonNull(text(item, "edxml")));
        } catch (NullPointerException | DateTimeParseException incomplete) {
            throw new UpstreamException(AxisSession.SYSTEM, FailureKind.MALFORMED_RESPONSE,
                    "an inbox item without cursor, messageId, kind, from, receivedAt or edxml");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static int status(Exchange answer) {
        return answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
    }

    private static String body(Exchange answer) {
        return answer.getMessage().getBody(String.class);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
