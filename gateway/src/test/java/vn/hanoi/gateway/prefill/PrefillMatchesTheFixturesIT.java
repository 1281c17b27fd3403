package vn.hanoi.gateway.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.BundledFixtures;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * For every procedure fixture and the fixture applicants, the prefill answer is what the fixture files imply under
 * the rules of API.md ({@link FixtureExpectations}): on the fixtures' present, and on a later day when the
 * health-insurance cards and marital-status confirmations have run out.
 */
@SandboxWithTestClock
class PrefillMatchesTheFixturesIT {

    private static final String LATER = "2027-03-16T10:00:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    private PrefillCalls calls;
    private final List<String> mismatches = new ArrayList<>();
    private int dossiers;

    @BeforeEach
    void synchroniseTheCatalogue() {
        calls = new PrefillCalls(new GatewayHttp(port));
        calls.synchroniseCatalogue();
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void everyProcedureForEveryFixtureApplicantIsPrefilledAsTheFixturesImply() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
        for (String code : BundledFixtures.names("npsp/canonical/procedures")) {
            JsonNode procedure = BundledFixtures.json("npsp/canonical/procedures/" + code + ".json");
            prefillForItsApplicants(procedure, SandboxWithTestClock.FIXTURES_PRESENT);
        }
        assertThat(dossiers).isGreaterThan(150);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void cardsAndConfirmationsThatHaveRunOutAreMissingOnALaterDay() {
        clock.set(LATER);
        for (String code : List.of("9.000002", "9.000005")) {
            prefillForItsApplicants(BundledFixtures.json("npsp/canonical/procedures/" + code + ".json"), LATER);
        }
        assertThat(mismatches).isEmpty();
    }

    private void prefillForItsApplicants(JsonNode procedure, String now) {
        FixtureExpectations expected = new FixtureExpectations(OffsetDateTime.parse(now).toLocalDate());
        boolean land = components(procedure).stream().anyMatch(c -> "land".equals(c.path("source").textValue()));
        if ("ENTERPRISE".equals(procedure.path("applicantType").asText())) {
            enterprises().forEach(id -> check(procedure, expected, "ENTERPRISE", id, null));
        } else if (land) {
            for (String parcel : BundledFixtures.names("land/canonical")) {
                for (String id : holdersAndOneStranger(parcel)) {
                    check(procedure, expected, "CITIZEN", id, parcel);
                }
            }
        } else {
            citizens().forEach(id -> check(procedure, expected, "CITIZEN", id, null));
        }
    }

    private void check(JsonNode procedure, FixtureExpectations expected, String type, String id, String parcel) {
        String code = procedure.path("code").asText();
        ObjectNode body = PrefillCalls.body(code, String.format("FX.PREFILL-261128-%04d", ++dossiers), type, id);
        if (parcel != null) {
            String[] reference = parcel.split("-");
            PrefillCalls.withParcel(body, reference[0], reference[1], reference[2]);
        }
        JsonNode answer = calls.prefill(body);
        String where = code + " for " + type + " #" + dossiers + (parcel == null ? "" : " parcel " + parcel);
        List<JsonNode> components = components(procedure);
        JsonNode items = answer.path("items");
        if (items.size() != components.size()) {
            mismatches.add(where + ": " + items.size() + " items for " + components.size() + " components");
            return;
        }
        int fulfilled = 0;
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            JsonNode item = items.get(i);
            String status = expected.status(component, type, id, parcel);
            fulfilled += "FULFILLED".equals(status) ? 1 : 0;
            expect(where, component, item, "componentCode", component.path("componentCode").asText());
            expect(where, component, item, "documentType", component.path("documentType").asText());
            String source = expected.source(component, type, id);
            expect(where, component, item, "source", source);
            expect(where, component, item, "status", status);
            checkEvidence(where, component, source, item, expected, id);
        }
        JsonNode summary = answer.path("summary");
        long required = components.stream().filter(c -> c.path("required").asBoolean()).count();
        if (summary.path("required").asLong() != required || summary.path("fulfilled").asInt() != fulfilled
                || summary.path("unavailable").asInt() != 0
                || summary.path("missing").asInt() != components.size() - fulfilled) {
            mismatches.add(where + ": summary " + summary);
        }
    }

    private void checkEvidence(String where, JsonNode component, String source, JsonNode item,
                               FixtureExpectations expected, String id) {
        JsonNode evidence = item.path("evidence");
        if (!"FULFILLED".equals(item.path("status").asText())) {
            if (!evidence.isNull()) {
                mismatches.add(where + " " + component.path("componentCode").asText() + ": evidence without FULFILLED");
            }
            return;
        }
        boolean minimal = switch (source) {
            case "population" -> id.equals(evidence.path("personalId").asText()) && !evidence.has("father")
                    && !evidence.has("spouse") && !evidence.has("householdHead");
            case "business" -> id.equals(evidence.path("enterpriseCode").asText())
                    && !evidence.has("legalRepresentatives");
            case "insurance" -> evidence.has("insuranceCode") && !evidence.has("fullName");
            case "land" -> !evidence.has("holders") && evidence.path("certificate").isObject();
            case "civil-status" -> FixtureExpectations.civilStatusEvidence(component.path("documentType").asText(), id)
                    .map(evidence::equals).orElse(false);
            case "warehouse" -> expected.currentDocument(id, component.path("documentType").asText())
                    .map(document -> document.equals(evidence.path("documentId").asText())).orElse(false)
                    && !evidence.has("ownerId");
            default -> false;
        };
        if (!minimal || item.path("retrievedAt").isNull()) {
            mismatches.add(where + " " + component.path("componentCode").asText() + ": evidence " + evidence.fieldNames());
        }
    }

    private void expect(String where, JsonNode component, JsonNode item, String field, String value) {
        String actual = item.path(field).isNull() ? null : item.path(field).asText();
        if (!Objects.equals(value, actual)) {
            mismatches.add(where + " " + component.path("componentCode").asText() + ": " + field + " " + actual
                    + ", expected " + value);
        }
    }

    private static List<JsonNode> components(JsonNode procedure) {
        return StreamSupport.stream(procedure.path("documents").spliterator(), false).toList();
    }

    /** Every fixture citizen, and the well-formed ids no register holds. */
    private static List<String> citizens() {
        List<String> ids = new ArrayList<>(BundledFixtures.names("population/canonical"));
        BundledFixtures.json("unknown-identifiers.json").path("personalIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static List<String> enterprises() {
        List<String> codes = new ArrayList<>(BundledFixtures.names("business/canonical"));
        BundledFixtures.json("unknown-identifiers.json").path("enterpriseCodes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    /** The parcel's individual and household holders, and one fixture citizen who holds no share in it. */
    private static Set<String> holdersAndOneStranger(String parcel) {
        Set<String> ids = new LinkedHashSet<>();
        BundledFixtures.json("land/canonical/" + parcel + ".json").path("holders").forEach(holder -> {
            if (holder.path("personalId").isTextual()) {
                ids.add(holder.path("personalId").asText());
            }
        });
        citizens().stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(ids::add);
        return ids;
    }
}
