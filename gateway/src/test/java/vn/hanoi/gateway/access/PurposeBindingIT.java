package vn.hanoi.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.Tokens;

/**
 * The purpose check against the running sandbox (enforce, the default): a personal-data read under a dossier the
 * gateway does not know, or of a person who is no party to it, is 403 {@code PURPOSE_MISMATCH}; a party, a parcel
 * holder who is a party, or the dossier's own parcel is answered; the override needs its entitlement and a reason,
 * and is audited; a person's token fixes the officer; the citizen's history lists exactly their reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gateway.cache.max-entries=4999")
class PurposeBindingIT {

    private static final String APPLICANT = "001051409167";
    private static final String STRANGER = "001305885451";
    private static final String UNKNOWN_DOSSIER = "000.00.00.H00-261130-9999";

    @LocalServerPort
    int port;

    @Test
    void everyPersonalDataEndpointRefusesAnUnknownDossier() {
        GatewayHttp unknown = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0001", APPLICANT);
        String[] purpose = {"X-API-Key", GatewayHttp.ONE_STOP_KEY, "X-Dossier-Code", UNKNOWN_DOSSIER,
                "X-Officer-Id", "can-bo-1"};
        for (String path : new String[] {"/api/v1/citizens/" + APPLICANT, "/api/v1/social-insurance?personalId=" + APPLICANT,
                "/api/v1/social-insurance/2853501530", "/api/v1/land-parcels/00124/21/279",
                "/api/v1/documents?ownerId=" + APPLICANT, "/api/v1/documents/WH-003-0"}) {
            assertMismatch(unknown.get(path, purpose), path);
        }
        assertMismatch(unknown.send("POST", "/api/v1/citizens/verify", "{\"personalId\":\"" + APPLICANT
                + "\",\"fullName\":\"x\"}", GatewayHttp.with(purpose, "Content-Type", "application/json")), "verify");
        assertMismatch(unknown.send("POST", "/api/v1/prefill", "{\"procedureCode\":\"9.000001\",\"dossierCode\":\""
                + UNKNOWN_DOSSIER + "\",\"applicant\":{\"type\":\"CITIZEN\",\"id\":\"" + APPLICANT + "\"}}",
                GatewayHttp.with(purpose, "Content-Type", "application/json")), "prefill");
    }

    @Test
    void aPartyIsAnsweredAndANonPartyRefusedOnEveryPersonalDataEndpoint() {
        GatewayHttp dossier = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0002", APPLICANT);
        assertThat(dossier.getAsOneStopShop("/api/v1/citizens/" + APPLICANT).statusCode()).isEqualTo(200);
        assertMismatch(dossier.getAsOneStopShop("/api/v1/citizens/" + STRANGER), "citizen");
        assertMismatch(dossier.getAsOneStopShop("/api/v1/social-insurance?personalId=" + STRANGER), "insurance by person");
        // 2853501530 is 001300973597's: by code too, the answer's person must be a party.
        assertMismatch(dossier.getAsOneStopShop("/api/v1/social-insurance/2853501530"), "insurance by code");
        // 00124/21/279 is held by 031204407711, no party, and is not the dossier's parcel.
        assertMismatch(dossier.getAsOneStopShop("/api/v1/land-parcels/00124/21/279"), "parcel");
        assertMismatch(dossier.getAsOneStopShop("/api/v1/documents?ownerId=" + STRANGER), "warehouse list");
        assertMismatch(dossier.getAsOneStopShop("/api/v1/documents/WH-000-0"), "warehouse document of another");
        assertThat(dossier.getAsOneStopShop("/api/v1/documents/WH-003-0").statusCode()).isEqualTo(200);
        assertMismatch(dossier.postJsonWithPurpose("/api/v1/citizens/verify", "{\"personalId\":\"" + STRANGER
                + "\",\"fullName\":\"x\"}", "X-API-Key", GatewayHttp.ONE_STOP_KEY), "verify");
        assertMismatch(dossier.postJsonWithPurpose("/api/v1/prefill", "{\"procedureCode\":\"9.000001\",\"dossierCode\":"
                + "\"000.00.00.H00-261130-0002\",\"applicant\":{\"type\":\"CITIZEN\",\"id\":\"" + STRANGER + "\"}}",
                "X-API-Key", GatewayHttp.ONE_STOP_KEY), "prefill of a non-party");
    }

    @Test
    void aHolderWhoIsAPartyMayReadTheParcelAndSoMayItsInsuredPerson() {
        GatewayHttp dossier = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0003", APPLICANT,
                "031204407711", "001300973597");
        assertThat(dossier.getAsOneStopShop("/api/v1/land-parcels/00124/21/279").statusCode()).isEqualTo(200);
        assertThat(dossier.getAsOneStopShop("/api/v1/social-insurance/2853501530").statusCode()).isEqualTo(200);
    }

    @Test
    void theOverrideNeedsItsEntitlementAndAReasonAndIsAuditedAsARefusedMismatchIs() {
        GatewayHttp http = new GatewayHttp(port);
        String path = "/api/v1/citizens/" + STRANGER;
        HttpResponse<String> notEntitled = http.get(path, "X-API-Key", GatewayHttp.ONE_STOP_KEY, "X-Dossier-Code",
                UNKNOWN_DOSSIER, "X-Officer-Id", "can-bo-1", AccessPolicy.OVERRIDE_HEADER, "court order 12/2026/QD");
        assertThat(notEntitled.statusCode()).isEqualTo(403);
        assertThat(GatewayHttp.json(notEntitled).get("code").asText()).isEqualTo("FORBIDDEN");
        HttpResponse<String> noReason = http.get(path, "X-API-Key", "sandbox-inspector-key", "X-Dossier-Code",
                UNKNOWN_DOSSIER, "X-Officer-Id", "thanh-tra-1", AccessPolicy.OVERRIDE_HEADER, "x");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> overridden = http.get(path, "X-API-Key", "sandbox-inspector-key", "X-Dossier-Code",
                UNKNOWN_DOSSIER, "X-Officer-Id", "thanh-tra-1", AccessPolicy.OVERRIDE_HEADER, "court order 12/2026/QD");
        assertThat(overridden.statusCode()).isEqualTo(200);
        GatewayHttp another = http.registerDossier("000.00.00.H00-261130-0005", APPLICANT);
        assertMismatch(another.getAsOneStopShop(path), "the same person without the override");
        JsonNode accesses = GatewayHttp.json(http.get("/api/v1/audit/subjects/" + STRANGER + "/accesses",
                "X-API-Key", "sandbox-auditor-key"));
        assertThat(accesses.findValues("overrideReason").stream().map(JsonNode::asText)).contains("court order 12/2026/QD");
        assertThat(accesses.findValues("purposeCheck").stream().map(JsonNode::asText)).contains("OVERRIDE", "MISMATCH");
        JsonNode ops = GatewayHttp.json(http.get("/api/v1/ops/summary", "X-API-Key", GatewayHttp.OPS_KEY));
        assertThat(ops.at("/audit/purposeOverrides").asLong()).isPositive();
    }

    @Test
    void theCitizensHistoryListsExactlyTheirReadsByUnitAndRoleNeverTheOfficer() {
        String citizen = "079217559077";
        GatewayHttp dossier = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0004", citizen);
        assertThat(dossier.getAsOneStopShop("/api/v1/citizens/" + citizen).statusCode()).isEqualTo(200);
        assertThat(dossier.getAsOneStopShop("/api/v1/documents?ownerId=" + citizen).statusCode()).isEqualTo(200);
        assertMismatch(dossier.getAsOneStopShop("/api/v1/citizens/" + STRANGER), "another person");

        HttpResponse<String> answer = dossier.get("/api/v1/access-history/" + citizen,
                "X-API-Key", "sandbox-citizen-portal-key");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode history = GatewayHttp.json(answer);
        assertThat(history).hasSize(2);
        history.forEach(entry -> {
            assertThat(entry.get("dossierCode").asText()).isEqualTo("000.00.00.H00-261130-0004");
            assertThat(entry.get("procedureCode").asText()).isEqualTo("9.000001");
            assertThat(entry.get("unit").asText()).isEqualTo("000.00.00.H00");
            assertThat(entry.get("role").asText()).isEqualTo("CASE_OFFICER");
        });
        assertThat(history.findValuesAsText("dataset")).containsExactly("population", "warehouse");
        assertThat(answer.body()).doesNotContain("can-bo-1");
        assertThat(dossier.get("/api/v1/access-history/" + citizen, "X-API-Key", GatewayHttp.ONE_STOP_KEY).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPersonsTokenNamesTheOfficerAndAnotherInTheHeaderIsRefused() {
        GatewayHttp dossier = new GatewayHttp(port).registerDossier("000.00.00.H00-261130-0006", APPLICANT);
        String[] person = Tokens.forClient("one-stop-sso", "population").forPerson("can-bo-7").header();
        HttpResponse<String> someoneElse = dossier.getWithPurpose("/api/v1/citizens/" + APPLICANT, person);
        assertThat(someoneElse.statusCode()).isEqualTo(403);
        assertThat(GatewayHttp.json(someoneElse).get("code").asText()).isEqualTo("OFFICER_MISMATCH");

        HttpResponse<String> own = dossier.get("/api/v1/citizens/" + APPLICANT, GatewayHttp.with(person,
                "X-Dossier-Code", "000.00.00.H00-261130-0006"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        JsonNode accesses = GatewayHttp.json(dossier.get("/api/v1/audit/subjects/" + APPLICANT + "/accesses",
                "X-API-Key", "sandbox-auditor-key"));
        assertThat(accesses.findValues("officer").stream().map(JsonNode::asText)).contains("can-bo-7");

        String[] system = Tokens.forClient("one-stop-batch", "population").header();
        assertThat(dossier.getWithPurpose("/api/v1/citizens/" + APPLICANT, system).statusCode()).isEqualTo(200);
    }

    private static void assertMismatch(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).as(what).contains("application/problem+json");
        assertThat(GatewayHttp.json(answer).get("code").asText()).as(what).isEqualTo("PURPOSE_MISMATCH");
    }
}
