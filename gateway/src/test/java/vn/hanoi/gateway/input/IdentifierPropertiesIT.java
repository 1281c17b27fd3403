package vn.hanoi.gateway.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * Every identifier the gateway takes, as arbitrary strings (Unicode digits, look-alike letters, zero-width and
 * combining marks, whitespace, separators, real records with one of those slipped in) sent to the running
 * sandbox gateway: never a 5xx; a value outside the identifier's shape is 400 {@code VALIDATION_FAILED} naming
 * the identifier's rule (what the server refuses before any endpoint sees it, or what names another resource,
 * such as an empty segment: 400 or 404);
 * a value of the right shape is found (200), not found (404) or refused by the rule's finer checks (400 with
 * its code); a real record is found.
 */
class IdentifierPropertiesIT {

    /** Characters that make a value look right to a person or a lenient parser, and are not. */
    private static final String HOSTILE = "\u0660\u0661\u0669\uFF10\uFF11\uFF19\u0966\u0967\u09E6\u0967"
            + "\u041E\u0421\u0410\u039F\u0399\u0130\u0131"
            + "\u200B\u200C\u200D\uFEFF\u0300\u0323\u0332"
            + " \t\u00A0\u3000\u2028"
            + "-./\\;%?#&=+'\"<>\u0000";
    private static final Path FIXTURES = Path.of(System.getProperty("user.dir")).resolve("../fixtures");

    /** One kind of identifier: where it goes, the rule's code, the shape no valid value escapes, real records. */
    record Kind(String name, UnaryOperator<String> path, String[] caller, String fieldCode, Pattern shape,
                List<String> records, boolean held, boolean inPath) {
    }

    static final List<Kind> KINDS = List.of(
            inPath("personal id", v -> "/api/v1/citizens/" + v, "INVALID_PERSONAL_ID", "[0-9]{12}", records("population")),
            inQuery("personal id (query)", v -> "/api/v1/social-insurance?personalId=" + v, "INVALID_PERSONAL_ID",
                    "[0-9]{12}", records("population")),
            inPath("enterprise code", v -> "/api/v1/enterprises/" + v, "INVALID_ENTERPRISE_CODE",
                    "[0-9]{10}(-?[0-9]{3})?", records("business")),
            inPath("insurance code", v -> "/api/v1/social-insurance/" + v, "INVALID_INSURANCE_CODE", "[0-9]{10}",
                    records("insurance")),
            inPath("commune code", v -> "/api/v1/land-parcels/" + v + "/21/279", "INVALID_COMMUNE_CODE", "[0-9]{5}",
                    List.of("00124")),
            inPath("map sheet number", v -> "/api/v1/land-parcels/00124/" + v + "/279", "INVALID_PARCEL_REFERENCE",
                    "[0-9]{1,9}", List.of("21")),
            inPath("parcel number", v -> "/api/v1/land-parcels/00124/21/" + v, "INVALID_PARCEL_REFERENCE",
                    "[0-9]{1,9}", List.of("279")),
            inPath("certificate serial", v -> "/api/v1/land-certificates/" + v, "INVALID_PARCEL_REFERENCE",
                    "[A-Z]{2} [0-9]{6}", List.of()),
            inPath("dossier code", v -> "/api/v1/dossiers/" + v, "INVALID_DOSSIER_CODE",
                    "[A-Za-z0-9.]{1,40}-[0-9]{6}-[0-9]{4}", List.of()),
            inPath("procedure code", v -> "/api/v1/procedures/" + v, "INVALID_PROCEDURE_CODE", "[0-9]{1,3}\\.[0-9]{6}",
                    List.of("9.000003")),
            inQuery("unit code", v -> "/api/v1/inbox?unitCode=" + v, "INVALID_UNIT_CODE", "[A-Za-z0-9._-]{1,64}",
                    List.of("00070")),
            inPath("document id", v -> "/api/v1/documents/" + v, "INVALID_DOCUMENT_ID", "[A-Za-z0-9._-]{1,64}",
                    List.of()),
            inQuery("owner id", v -> "/api/v1/documents?ownerId=" + v, "INVALID_OWNER_ID", "[0-9]{10}(-?[0-9]{3})?|[0-9]{12}",
                    records("population")),
            inPath("audited subject", v -> "/api/v1/audit/subjects/" + v + "/accesses", "INVALID_PERSONAL_ID",
                    "[0-9]{12}", records("population")));

    private static final GatewayHttp HTTP = new GatewayHttp(RunningGateway.port());

    @AfterContainer
    static void stopTheGateway() {
        RunningGateway.stop();
    }

    /** A value of one kind of identifier. */
    record Probe(Kind kind, String value) {
        @Override
        public String toString() {
            return kind.name() + " " + escaped(value);
        }
    }

    @Property(tries = 500)
    void anIdentifierIsFoundNotFoundOrRefusedByItsRuleNeverA5xx(@ForAll("probes") Probe probe) {
        Kind kind = probe.kind();
        String value = probe.value();
        HttpResponse<String> answer = answer(kind, value);

        String said = probe + " -> " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(said).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(said)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        if (kind.held() && kind.records().contains(value)) {
            assertThat(answer.statusCode()).as(said).isEqualTo(200);
        } else if (refusedBeforeAnyEndpoint(kind, value)) {
            assertThat(answer.statusCode()).as(said).isIn(400, 404);
        } else if (!kind.shape().matcher(value).matches()) {
            assertThat(answer.statusCode()).as(said).isEqualTo(400);
            JsonNode problem = GatewayHttp.json(answer);
            assertThat(problem.get("code").asText()).as(said).isEqualTo("VALIDATION_FAILED");
            assertThat(problem.path("errors").findValuesAsText("code")).as(said).contains(kind.fieldCode());
        } else {
            assertThat(answer.statusCode()).as(said).isIn(200, 400, 404);
            if (answer.statusCode() == 400) {
                assertThat(GatewayHttp.json(answer).path("errors").findValuesAsText("code")).as(said)
                        .contains(kind.fieldCode());
            }
        }
    }

    @Provide
    Arbitrary<Probe> probes() {
        return Arbitraries.of(KINDS).flatMap(kind -> values(kind).map(value -> new Probe(kind, value)));
    }

    /** Real records, as they are or with one hostile change, and arbitrary strings with hostile characters weighted in. */
    private static Arbitrary<String> values(Kind kind) {
        Arbitrary<String> hostile = Arbitraries.strings().withChars(HOSTILE).withCharRange('0', '9')
                .withCharRange('A', 'Z').withChars("abcxyz").ofMinLength(0).ofMaxLength(40);
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(
                Tuple.of(3, hostile),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(300))));
        if (!kind.records().isEmpty()) {
            Arbitrary<String> record = Arbitraries.of(kind.records());
            choices.add(Tuple.of(1, record));
            choices.add(Tuple.of(4, Combinators.combine(record, mutations()).as((real, mutation) -> mutation.apply(real))));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /** One hostile change: a character replaced or slipped in, one dropped, padding around. */
    private static Arbitrary<UnaryOperator<String>> mutations() {
        Arbitrary<Character> intruder = Arbitraries.of(HOSTILE.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 64);
        return Combinators.combine(Arbitraries.integers().between(0, 3), intruder, at).as((how, c, i) -> v -> {
            int p = Math.min(i, v.length() - 1);
            return switch (how) {
                case 0 -> v.substring(0, p) + c + v.substring(p + 1);
                case 1 -> v.substring(0, p) + c + v.substring(p);
                case 2 -> v.substring(0, p) + v.substring(p + 1);
                default -> c + v + c;
            };
        });
    }

    private static HttpResponse<String> answer(Kind kind, String value) {
        String path = kind.path().apply(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpResponse<String> answer = HTTP.get(path, kind.caller());
        for (int retry = 0; retry < 3 && answer.statusCode() >= 503 && kind.shape().matcher(value).matches(); retry++) {
            answer = HTTP.get(path, kind.caller()); // a busy machine's upstream timeout, not the input
        }
        return answer;
    }

    /**
     * The server refuses some values before any endpoint sees them, with a 400 or 404 problem (another
     * resource) but no field error:
     * an encoded slash, backslash, percent, semicolon, line or paragraph separator or control character
     * (Tomcat and the security firewall), a dot segment that normalises to another path, an empty path segment.
     */
    private static boolean refusedBeforeAnyEndpoint(Kind kind, String value) {
        if (!kind.inPath()) {
            return false;
        }
        return value.isEmpty() || value.equals(".") || value.equals("..")
                || value.chars().anyMatch(c -> "/\\%;\u2028\u2029".indexOf(c) >= 0 || Character.isISOControl(c));
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    private static Kind inPath(String name, UnaryOperator<String> path, String code, String shape, List<String> records) {
        return new Kind(name, path, caller(path), code, Pattern.compile(shape), records, held(name), true);
    }

    private static Kind inQuery(String name, UnaryOperator<String> path, String code, String shape, List<String> records) {
        return new Kind(name, path, caller(path), code, Pattern.compile(shape), records, held(name), false);
    }

    /** The sandbox holds these kinds' records for sure (the catalogue, an inbox or the warehouse may be empty). */
    private static boolean held(String name) {
        return List.of("personal id", "enterprise code", "insurance code", "commune code", "map sheet number",
                "parcel number", "audited subject").contains(name);
    }

    private static String[] caller(UnaryOperator<String> path) {
        String key = path.apply("x").startsWith("/api/v1/audit") ? "sandbox-auditor-key" : GatewayHttp.ONE_STOP_KEY;
        return GatewayHttp.with(new String[] {"X-API-Key", key}, GatewayHttp.PURPOSE);
    }

    /** The identifiers of a register's canonical fixtures: records the sandbox holds. */
    private static List<String> records(String system) {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(system).resolve("canonical"))) {
            return files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(id -> id.matches("[0-9-]+")).sorted().limit(4).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
