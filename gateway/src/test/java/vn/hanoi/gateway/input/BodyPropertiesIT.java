package vn.hanoi.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.awaitility.Awaitility;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Every JSON request body (citizen verification, dossier registration and progress, prefill, the warehouse's
 * metadata part) as a valid body with one arbitrary change somewhere in its tree, or as an arbitrary JSON value,
 * sent to the running sandbox gateway: never a 5xx; an error is problem+json with a stable code; a change that
 * breaks the body (a value of another JSON type, a field the body does not have, another JSON value in place of
 * the body) is 400 {@code VALIDATION_FAILED}, never a success; the valid body itself succeeds.
 */
class BodyPropertiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DOSSIER = "000.00.00.H00-261128-0777";
    /** The sandbox's citizen 001051409167 (fixtures/population/canonical), as registered (NFC). */
    private static final String REGISTERED_NAME = "Đặng Văn Sơn";
    private static final GatewayHttp HTTP = new GatewayHttp(RunningGateway.port());

    /** A body endpoint: a valid body and how to send one. */
    record Endpoint(String name, String validBody, Function<String, HttpResponse<String>> send) {
        JsonNode valid() {
            try {
                return JSON.readTree(validBody);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One change to a body; {@code breaking} when no endpoint may accept the result. */
    record Mutation(String what, boolean breaking, Function<JsonNode, JsonNode> apply) {
        @Override
        public String toString() {
            return what;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("verify", "{\"personalId\":\"001051409167\",\"fullName\":\"Nguyễn Văn A\",\"dateOfBirth\":\"1951-01-01\"}",
                    body -> json("/api/v1/citizens/verify", body)),
            new Endpoint("register", "{\"dossierCode\":\"" + DOSSIER + "\",\"procedureCode\":\"9.000003\","
                    + "\"applicant\":{\"type\":\"CITIZEN\",\"id\":\"001305885451\",\"name\":\"Nguyễn Văn An\"},"
                    + "\"receivedAt\":\"2026-11-28T08:00:00+07:00\",\"dueAt\":\"2026-12-05T08:00:00+07:00\","
                    + "\"channel\":\"IN_PERSON\",\"receivingUnitCode\":\"00070\",\"summary\":\"Đăng ký thường trú\","
                    + "\"documents\":[{\"componentCode\":\"TP01\",\"documentType\":\"APPLICATION_FORM\",\"documentId\":\"WH-TK-001305885451\"}]}",
                    body -> json("/api/v1/dossiers", body)),
            new Endpoint("progress", "{\"status\":\"ACCEPTED\",\"officer\":\"can-bo-1\",\"officerTitle\":\"Chuyên viên\","
                    + "\"department\":\"Một cửa\",\"note\":\"đang xử lý\",\"at\":\"2026-11-28T09:00:00+07:00\"}",
                    body -> json("/api/v1/dossiers/" + DOSSIER + "/progress", body)),
            new Endpoint("prefill", "{\"procedureCode\":\"9.000003\",\"dossierCode\":\"" + GatewayHttp.PURPOSE[1] + "\","
                    + "\"applicant\":{\"type\":\"CITIZEN\",\"id\":\"001051409167\"},"
                    + "\"parcel\":{\"communeCode\":\"00124\",\"mapSheetNumber\":\"21\",\"parcelNumber\":\"279\"}}",
                    body -> json("/api/v1/prefill", body)),
            new Endpoint("document metadata", "{\"ownerType\":\"CITIZEN\",\"ownerId\":\"001051409167\","
                    + "\"documentType\":\"BIRTH_CERTIFICATE\",\"title\":\"Giấy khai sinh\",\"issuer\":\"UBND\","
                    + "\"issuedOn\":\"2020-01-01\",\"validUntil\":null,\"dossierCode\":\"" + DOSSIER + "\"}",
                    BodyPropertiesIT::upload));

    /** The dossier the progress updates are about, and the catalogue prefill reads (synchronised at start-up). */
    @BeforeContainer
    static void registerTheDossierAndSynchroniseTheCatalogue() {
        HttpResponse<String> registered = ENDPOINTS.get(1).send().apply(ENDPOINTS.get(1).validBody());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                HTTP.send("POST", "/api/v1/ops/procedures/sync", null, "X-API-Key", GatewayHttp.OPS_KEY).statusCode() == 200);
    }

    @AfterContainer
    static void stopTheGateway() {
        RunningGateway.stop();
    }

    @Property(tries = 400)
    void aBodyIsAcceptedOnlyWhenValidAndNeverAnswersA5xx(@ForAll("endpoints") Endpoint endpoint,
                                                          @ForAll("mutations") Mutation mutation) {
        String body = mutation.apply().apply(endpoint.valid()).toString();
        HttpResponse<String> answer = endpoint.send().apply(body);

        String said = endpoint + " with " + mutation + " -> " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(said).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(said)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name))
                    .as(said).contains(GatewayHttp.json(answer).path("code").asText());
        }
        if (mutation.breaking()) {
            assertThat(answer.statusCode()).as(said).isEqualTo(400);
            assertThat(GatewayHttp.json(answer).path("code").asText()).as(said).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Property(tries = 10)
    void theValidBodySucceeds(@ForAll("endpoints") Endpoint endpoint) {
        HttpResponse<String> answer = endpoint.send().apply(endpoint.validBody());

        if (endpoint.name().equals("progress")) {
            // Valid as a body; whether the dossier may take this step is its state machine's call.
            assertThat(answer.statusCode()).as(endpoint + " -> " + answer.body()).isIn(202, 409);
        } else {
            assertThat(answer.statusCode()).as(endpoint + " -> " + answer.body()).isBetween(200, 299);
        }
    }

    /** The registered name in any Unicode normal form (NFD splits "ặ" into a, combining dot, circumflex) matches. */
    @Property(tries = 8)
    void aRegisteredNameMatchesInEveryUnicodeNormalForm(@ForAll Normalizer.Form form) {
        JsonNode answer = verifyName(Normalizer.normalize(REGISTERED_NAME, form));

        assertThat(answer.at("/fields/fullName").asBoolean()).as(form + " " + answer).isTrue();
    }

    /** A look-alike of the registered name (a zero-width or Cyrillic character slipped in) does not match. */
    @Property(tries = 20)
    void aLookAlikeOfTheRegisteredNameDoesNotMatch(@ForAll("intruders") char intruder,
                                                  @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 11) int at) {
        JsonNode answer = verifyName(REGISTERED_NAME.substring(0, at) + intruder + REGISTERED_NAME.substring(at));

        assertThat(answer.at("/fields/fullName").asBoolean(true)).as(answer.toString()).isFalse();
    }

    @Provide
    Arbitrary<Character> intruders() {
        return Arbitraries.of('\u200B', '\u200C', '\u200D', '\uFEFF', '\u0430', '\u043E', '\u0435', '\u0301');
    }

    private static JsonNode verifyName(String name) {
        ObjectNode body = NODES.objectNode().put("personalId", "001051409167").put("fullName", name);
        HttpResponse<String> answer = json("/api/v1/citizens/verify", body.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return GatewayHttp.json(answer);
    }

    @Provide
    Arbitrary<Endpoint> endpoints() {
        return Arbitraries.of(ENDPOINTS);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 1000);
        Arbitrary<JsonNode> junk = junk();
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').withChars("$_\u00e9\u200B").ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(
                Combinators.combine(where, junk).as((at, value) -> new Mutation("another type (" + value + ") at node " + at,
                        true, tree -> replaceWithAnotherType(tree, at, value))),
                Combinators.combine(where, name, junk).as((at, field, value) -> new Mutation("unknown field " + field + " at node " + at,
                        true, tree -> addField(tree, at, "x" + field, value))),
                junk.filter(value -> !value.isObject()).map(value -> new Mutation("body replaced by " + value, true, tree -> value)),
                where.map(at -> new Mutation("node " + at + " removed", false, tree -> remove(tree, at))),
                where.map(at -> new Mutation("node " + at + " null", false, tree -> replace(tree, at, NODES.nullNode()))),
                Combinators.combine(where, Arbitraries.strings().all().ofMaxLength(6000)).as((at, text) ->
                        new Mutation(text.length() + " arbitrary characters at node " + at, false,
                                tree -> replaceText(tree, at, text))));
    }

    /** Arbitrary JSON values: scalars of every type, huge numbers, nested arrays and objects of junk. */
    private static Arbitrary<JsonNode> junk() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(300).negate(), java.math.BigInteger.TEN.pow(300))
                        .map(NODES::numberNode),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.strings().all().ofMaxLength(50).map(NODES::textNode));
        return Arbitraries.lazyOf(
                () -> scalars,
                () -> scalars,
                () -> junk().list().ofMaxSize(4).map(items -> {
                    ArrayNode array = NODES.arrayNode();
                    items.forEach(array::add);
                    return array;
                }),
                () -> Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8), junk()).as((key, value) -> {
                    ObjectNode object = NODES.objectNode();
                    object.set(key, value);
                    return object;
                }));
    }

    private static HttpResponse<String> json(String path, String body) {
        return HTTP.postJsonWithPurpose(path, body, "X-API-Key", GatewayHttp.ONE_STOP_KEY);
    }

    private static HttpResponse<String> upload(String metadata) {
        String boundary = "hostile-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n%hostile\n\r\n--" + boundary + "--\r\n";
        return HTTP.send("POST", "/api/v1/documents", body, GatewayHttp.with(GatewayHttp.with(
                new String[] {"X-API-Key", GatewayHttp.ONE_STOP_KEY}, GatewayHttp.PURPOSE),
                "Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    // ── The tree, its nodes numbered depth first (the root is node 0), and changes at one of them ──

    private record Slot(JsonNode parent, String field, int index, JsonNode node) {
    }

    private static List<Slot> slots(JsonNode tree) {
        List<Slot> slots = new ArrayList<>();
        collect(null, null, -1, tree, slots);
        return slots;
    }

    private static void collect(JsonNode parent, String field, int index, JsonNode node, List<Slot> slots) {
        slots.add(new Slot(parent, field, index, node));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> collect(node, name, -1, node.get(name), slots));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, null, i, node.get(i), slots);
            }
        }
    }

    private static Slot pick(JsonNode tree, int at, boolean rootAllowed) {
        List<Slot> slots = slots(tree);
        int first = rootAllowed ? 0 : 1;
        return slots.get(first + at % (slots.size() - first));
    }

    private static JsonNode replace(JsonNode tree, int at, JsonNode value) {
        Slot slot = pick(tree, at, false);
        if (slot.parent() instanceof ObjectNode object) {
            object.set(slot.field(), value);
        } else if (slot.parent() instanceof ArrayNode array) {
            array.set(slot.index(), value);
        }
        return tree;
    }

    /** Breaking: the node's JSON type changes (null is left out: an optional field may be null). */
    private static JsonNode replaceWithAnotherType(JsonNode tree, int at, JsonNode value) {
        Slot slot = pick(tree, at, false);
        JsonNode other = value.getNodeType() != slot.node().getNodeType() ? value
                : slot.node().isTextual() ? NODES.numberNode(7) : NODES.textNode("7");
        return replace(tree, at, other);
    }

    private static JsonNode replaceText(JsonNode tree, int at, String text) {
        return replace(tree, at, NODES.textNode(text));
    }

    private static JsonNode remove(JsonNode tree, int at) {
        Slot slot = pick(tree, at, false);
        if (slot.parent() instanceof ObjectNode object) {
            object.remove(slot.field());
        } else if (slot.parent() instanceof ArrayNode array) {
            array.remove(slot.index());
        }
        return tree;
    }

    /** Breaking: a field no body has, in the root or any object inside it. */
    private static JsonNode addField(JsonNode tree, int at, String name, JsonNode value) {
        List<Slot> objects = slots(tree).stream().filter(slot -> slot.node().isObject()).toList();
        ((ObjectNode) objects.get(at % objects.size()).node()).set(name, value);
        return tree;
    }
}
