package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;

/**
 * The sandbox document axis, in memory, one per simulator server ({@code document-axis.md}): tokens, the organs'
 * directory, messages (every rule, idempotency by {@code DocumentId} and by a status's key), the organs' scripted
 * answers into the sender's inbox ({@code Timestamp} acceptance + 1 s, + 2 s, …), each organ's inbox and its
 * acknowledgements; the gateway's inbox starts with the {@code incoming-*.xml} fixtures. What it accepted is kept
 * for tests: {@code GET /_sandbox/accepted} (every accepted message, and how often each was repeated), and
 * {@code POST /_sandbox/revoke-tokens} expires every token early.
 */
final class DocumentAxisBook extends StubTransformer {

    static final String NAME = "document-axis-book";
    static final String SECRET = "sandbox-axis-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int MAX_BODY = 32 * 1024 * 1024;
    private static final long TOKEN_SECONDS = 1800;

    private final AxisMessageRules rules = new AxisMessageRules(AxisOrgans.DIRECTORY.keySet());
    private final AxisInboxes inboxes = new AxisInboxes();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<List<String>, Accepted> accepted = new HashMap<>();
    private final List<Accepted> acceptedInOrder = new ArrayList<>();
    private int messages;

    /** A message the axis took: its key, content, {@code messageId}, when, and how many repeats it answered. */
    private record Accepted(List<String> key, String content, String messageId, OffsetDateTime at, String kind,
                            int[] repeats) {
    }

    DocumentAxisBook(Map<String, String> incoming) {
        super(NAME);
        incoming.forEach((name, edxml) -> seed(edxml));
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        try {
            return switch (request.getMethod().getName() + " " + path) {
                case "POST /auth/token" -> token(request);
                case "POST /_sandbox/revoke-tokens" -> revoked();
                case "GET /_sandbox/accepted" -> Json.ok(acceptedJson()).build();
                case "GET /edxml/v1/organs" -> organs(organOf(request));
                case "POST /edxml/v1/messages" -> message(request, organOf(request));
                case "GET /edxml/v1/inbox" -> inbox(request, organOf(request));
                case "POST /edxml/v1/ack" -> ack(request, organOf(request));
                default -> Json.status(404, "{\"code\":\"NOT_FOUND\",\"message\":\"Không có dịch vụ\"}").build();
            };
        } catch (AxisRefusal refusal) {
            return Json.status(refusal.status(), refusal.body()).build();
        }
    }

    private ResponseDefinition token(Request request) {
        JsonNode asked = read(request.getBodyAsString());
        if (!AxisOrgans.GATEWAY.equals(asked.path("organId").asText()) || !SECRET.equals(asked.path("secret").asText())) {
            return Json.status(401, "{\"code\":\"BAD_CREDENTIALS\",\"message\":\"Sai mã cơ quan hoặc khóa bí mật\"}").build();
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, AxisOrgans.GATEWAY);
        return Json.ok(JSON.createObjectNode().put("token", token).put("expiresIn", TOKEN_SECONDS).toString()).build();
    }

    private ResponseDefinition revoked() {
        int revoked = tokens.size();
        tokens.clear();
        return Json.ok("{\"revoked\":" + revoked + "}").build();
    }

    private String organOf(Request request) {
        String header = request.getHeader("Authorization");
        String organ = header == null || !header.startsWith("Bearer ") ? null : tokens.get(header.substring(7).strip());
        if (organ == null) {
            throw new AxisRefusal(401, "BAD_TOKEN", null, null, null);
        }
        return organ;
    }

    private static ResponseDefinition organs(String organ) {
        ArrayNode organs = JSON.createArrayNode();
        AxisOrgans.DIRECTORY.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                organs.addObject().put("organId", entry.getKey()).put("organName", entry.getValue()));
        return Json.ok(organs.toString()).build();
    }

    private ResponseDefinition message(Request request, String organ) {
        String type = request.contentTypeHeader().mimeTypePart();
        if (type == null || !Set.of("application/xml", "text/xml").contains(type.toLowerCase())) {
            throw new AxisRefusal(415, "UNSUPPORTED_MEDIA_TYPE", null, null, null);
        }
        if (request.getBody().length > MAX_BODY) {
            throw new AxisRefusal(413, "TOO_LARGE", null, null, null);
        }
        AxisEnvelope envelope = AxisEnvelope.parse(request.getBody());
        if (envelope == null) {
            throw AxisRefusal.malformed("NOT_XML", null);
        }
        if (!envelope.isEdxml()) {
            throw AxisRefusal.malformed("NOT_EDXML", null);
        }
        String edxml = new String(request.getBody(), StandardCharsets.UTF_8);
        if (envelope.element("edXMLHeader/MessageHeader") != null) {
            return document(envelope, rules.document(envelope, organ), edxml);
        }
        if (envelope.element("edXMLHeader/Status") != null) {
            return status(rules.status(envelope, organ), edxml);
        }
        throw AxisRefusal.malformed("MISSING_ELEMENT", "MessageHeader");
    }

    private ResponseDefinition document(AxisEnvelope envelope, AxisMessageRules.Document document, String edxml) {
        List<String> key = List.of("DOCUMENT", document.from(), document.documentId());
        Accepted earlier = accepted.get(key);
        if (earlier != null) {
            if (!earlier.content().equals(document.content())) {
                throw new AxisRefusal(409, "DUPLICATE_DOCUMENT_ID", null, null, null);
            }
            return repeated(earlier);
        }
        Accepted taken = accept(key, document.content(), "DOCUMENT");
        for (String to : document.to()) {
            inboxes.deliver(to, taken.messageId(), "DOCUMENT", document.from(), document.documentId(),
                    document.responseFor(), null, taken.at(), edxml);
        }
        String dossier = serialised(envelope.element("edXMLBody/HoSoLienThong"));
        for (String to : document.to()) {
            answer(to, document, dossier, taken.at());
        }
        return created(taken);
    }

    private ResponseDefinition status(AxisMessageRules.Status status, String edxml) {
        List<String> key = List.of("STATUS", status.from(), status.responseFor(), status.statusCode(), status.timestamp());
        Accepted earlier = accepted.get(key);
        if (earlier != null) {
            return repeated(earlier);
        }
        Accepted taken = accept(key, "", "STATUS");
        inboxes.deliver(status.responseForOrgan(), taken.messageId(), "STATUS", status.from(), null,
                status.responseFor(), status.statusCode(), taken.at(), edxml);
        return created(taken);
    }

    /** The recipient's scripted answers, into the sender's inbox, a second apart after the acceptance. */
    private void answer(String organ, AxisMessageRules.Document document, String dossier, OffsetDateTime acceptedAt) {
        int second = 0;
        for (AxisOrgans.Scripted step : AxisOrgans.script(organ, document.mucDich())) {
            OffsetDateTime at = acceptedAt.plusSeconds(++second);
            String messageId = nextMessageId();
            if (step.reply()) {
                inboxes.deliver(document.from(), messageId, "DOCUMENT", organ, AxisOrgans.replyId(organ, document, at),
                        document.documentId(), null, at, AxisOrgans.reply(organ, document, dossier, at));
            } else {
                inboxes.deliver(document.from(), messageId, "STATUS", organ, null, document.documentId(),
                        step.statusCode(), at, AxisOrgans.status(organ, document, step, at));
            }
        }
    }

    private ResponseDefinition inbox(Request request, String organ) {
        if (!organ.equals(query(request, "organId"))) {
            throw new AxisRefusal(403, "SENDER_MISMATCH", null, null, null);
        }
        int limit;
        try {
            String asked = query(request, "limit");
            limit = asked == null ? 20 : Integer.parseInt(asked);
        } catch (NumberFormatException notANumber) {
            limit = 0;
        }
        if (limit < 1 || limit > 100) {
            throw new AxisRefusal(400, "BAD_LIMIT", null, null, null);
        }
        return Json.ok(inboxes.read(organ, query(request, "after"), limit)).build();
    }

    private ResponseDefinition ack(Request request, String organ) {
        JsonNode asked = read(request.getBodyAsString());
        if (!organ.equals(asked.path("organId").asText())) {
            throw new AxisRefusal(403, "SENDER_MISMATCH", null, null, null);
        }
        String upTo = asked.path("upTo").asText("");
        int newly = inboxes.acknowledge(organ, upTo);
        return Json.ok(JSON.createObjectNode().put("acknowledged", newly).put("upTo", upTo).toString()).build();
    }

    private void seed(String edxml) {
        AxisEnvelope envelope = AxisEnvelope.parse(edxml.getBytes(StandardCharsets.UTF_8));
        String trace = envelope.text("edXMLHeader/TraceHeaderList/TraceHeader/Timestamp");
        OffsetDateTime at = trace == null ? OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS)
                : AxisMessageRules.instant(trace, "Timestamp").atOffset(VIETNAM);
        inboxes.deliver(AxisOrgans.GATEWAY, nextMessageId(), "DOCUMENT", envelope.text("edXMLHeader/MessageHeader/From/OrganId"),
                envelope.text("edXMLHeader/MessageHeader/DocumentId"),
                envelope.text("edXMLHeader/MessageHeader/ResponseFor/DocumentId"), null, at, edxml);
    }

    private Accepted accept(List<String> key, String content, String kind) {
        Accepted taken = new Accepted(key, content, nextMessageId(),
                OffsetDateTime.now(VIETNAM).truncatedTo(ChronoUnit.SECONDS), kind, new int[1]);
        accepted.put(key, taken);
        acceptedInOrder.add(taken);
        return taken;
    }

    private String nextMessageId() {
        return String.format("AX-%06d", ++messages);
    }

    private static ResponseDefinition created(Accepted taken) {
        return Json.status(201, JSON.createObjectNode().put("messageId", taken.messageId())
                .put("acceptedAt", taken.at().toString()).toString()).build();
    }

    private static ResponseDefinition repeated(Accepted earlier) {
        earlier.repeats()[0]++;
        return Json.ok(JSON.createObjectNode().put("messageId", earlier.messageId())
                .put("acceptedAt", earlier.at().toString()).toString()).build();
    }

    private String acceptedJson() {
        ArrayNode all = JSON.createArrayNode();
        for (Accepted taken : acceptedInOrder) {
            all.addObject().put("messageId", taken.messageId()).put("kind", taken.kind())
                    .put("from", taken.key().get(1)).put("documentId", taken.key().get(2))
                    .put("acceptedAt", taken.at().toString()).put("repeats", taken.repeats()[0]);
        }
        return all.toString();
    }

    private static String query(Request request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : null;
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static String serialised(Element element) {
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (Exception unwritable) {
            throw new IllegalStateException("HoSoLienThong could not be copied", unwritable);
        }
    }
}
