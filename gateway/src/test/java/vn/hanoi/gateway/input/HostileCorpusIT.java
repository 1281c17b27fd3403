package vn.hanoi.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Sends every request of the hostile corpus ({@link HostileCorpus}, {@code src/test/resources/hostile/}) byte
 * for byte to the running gateway: each gets the status and stable code its entry names (never a 5xx) as
 * problem+json with the correlation id, no stack trace, no markup, nothing the attacker injected and no API
 * key repeated. The corpus itself must hold at least 200 requests, cover every category and attack every
 * operation of the gateway's own OpenAPI document in each category that applies to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileCorpusIT {

    /** The categories of the issue, each a file of the corpus. */
    static final Set<String> CATEGORIES = Set.of("encoding", "unicode-digits", "look-alike", "overlong",
            "path-traversal", "header-injection", "json-bomb", "xml-in-json", "content-type", "oversized-body",
            "multipart", "wrong-method", "credentials", "purpose", "json-body");
    /** Every operation is attacked in these. */
    private static final Set<String> FOR_EVERY_OPERATION = Set.of("encoding", "overlong", "path-traversal",
            "header-injection", "wrong-method");
    /** Every operation taking an identifier (a path or query parameter) is attacked in these too. */
    private static final Set<String> FOR_IDENTIFIERS = Set.of("unicode-digits", "look-alike");
    /** Every operation taking a body is attacked in these too. */
    private static final Set<String> FOR_BODIES = Set.of("json-bomb", "xml-in-json", "content-type", "oversized-body");
    /**
     * What a problem never contains: markup, SQL the corpus injects, a dot segment, a NUL or line break (the
     * problem is one line of JSON; an injected header would start on a new one), a stack trace.
     */
    private static final List<String> NEVER_ECHOED = List.of("<", ">", "DROP TABLE", "../", "\u0000", "\r", "\n",
            "Exception", "\tat ");
    private static final String WELL_FORMED_ID = "[A-Za-z0-9._:-]{1,64}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsItsProblem() {
        RawHttp http = new RawHttp(port);
        return HostileCorpus.entries().stream().map(entry -> DynamicTest.dynamicTest(entry.toString(),
                () -> assertProblem(entry, http.send(entry.head(port), entry.payload()))));
    }

    @Test
    void theCorpusHoldsAtLeast200RequestsEachWithItsOwnId() {
        List<HostileCorpus.Entry> entries = HostileCorpus.entries();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(200);
        assertThat(entries.stream().map(HostileCorpus.Entry::id)).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.status()).as(entry.toString()).isBetween(400, 499);
            assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name)).as(entry.toString()).contains(entry.code());
        });
    }

    @Test
    void theCorpusCoversEveryCategory() {
        assertThat(HostileCorpus.entries().stream().map(HostileCorpus.Entry::category).collect(Collectors.toSet()))
                .isEqualTo(CATEGORIES);
    }

    /** Tomcat logs the first request it cannot parse at INFO with its request target, which may hold a personal id. */
    @Test
    void requestsTomcatCannotParseAreNotLoggedWithTheirTarget() {
        assertThat(LoggerFactory.getLogger("org.apache.coyote.http11.Http11Processor").isInfoEnabled()).isFalse();
    }

    @Test
    void everyCaseOfTheSecurityDocumentIsInTheCorpus() throws IOException {
        List<String> document = Files.readAllLines(Path.of(System.getProperty("user.dir")).resolve("../docs/security.md"));
        int table = document.indexOf("| case | request | threat | answer |");
        List<String> cases = document.subList(table + 2, document.size()).stream().takeWhile(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(HostileCorpus.entries().stream().map(HostileCorpus.Entry::id)).containsAll(cases);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentIsAttackedInEveryCategoryThatAppliesToIt() {
        Map<String, JsonNode> operations = operations();
        Map<String, Set<String>> attacked = new LinkedHashMap<>();
        HostileCorpus.entries().forEach(entry -> attacked.computeIfAbsent(entry.endpoint(), e -> new TreeSet<>())
                .add(entry.category()));

        assertThat(operations.keySet()).as("operations the corpus names").containsAll(attacked.keySet());
        operations.forEach((operation, description) -> {
            Set<String> expected = new TreeSet<>(FOR_EVERY_OPERATION);
            if (description.path("parameters").findValuesAsText("in").stream().anyMatch(in -> !in.equals("header"))) {
                expected.addAll(FOR_IDENTIFIERS);
            }
            if (description.has("requestBody")) {
                expected.addAll(FOR_BODIES);
            }
            assertThat(attacked.getOrDefault(operation, Set.of())).as(operation).containsAll(expected);
        });
    }

    private static void assertProblem(HostileCorpus.Entry entry, RawHttp.Answer answer) throws IOException {
        assertThat(answer.status()).as("status; body: " + answer.body()).isLessThan(500).isEqualTo(entry.status());
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("code").asText()).as(answer.body()).isEqualTo(entry.code());
        assertThat(problem.path("status").asInt()).isEqualTo(entry.status());
        if (entry.fieldCode() != null) {
            assertThat(problem.path("errors").findValuesAsText("code")).as(answer.body()).contains(entry.fieldCode());
        }
        if (entry.status() == 405) {
            assertThat(answer.header("Allow")).isPresent();
        }
        String correlationId = answer.header("X-Correlation-Id").orElseThrow();
        assertThat(correlationId).matches(WELL_FORMED_ID).isEqualTo(problem.path("correlationId").asText());
        if (entry.sentCorrelationId() != null) {
            assertThat(correlationId).isEqualTo(entry.sentCorrelationId());
        }
        assertThat(answer.body()).doesNotContain(NEVER_ECHOED).doesNotContain(HostileCorpus.API_KEYS);
        assertThat(answer.headerBlock()).doesNotContain(HostileCorpus.API_KEYS).doesNotContain("<");
        assertThat(answer.headerNames()).doesNotContain("X-Injected");
    }

    /** {@code METHOD /path} of every operation of the gateway's own OpenAPI document, with its description. */
    private Map<String, JsonNode> operations() {
        JsonNode paths = GatewayHttp.json(new GatewayHttp(port).get("/v3/api-docs")).get("paths");
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }
}
