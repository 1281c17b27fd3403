package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.dossiers.DossierFacts;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.OnlineDossier;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.PrefillCalls;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * {@code DATA_REUSED} counts what it claims: a dossier (online ones included) in which the applicant submitted no
 * component the state already held at receipt, and the persons and businesses behind it. Procedure 9.000004 asks
 * for TP01 (application form, no source) and TP02 (identity, the population register). Six dossiers received on
 * 2027-07-05, against values computed by hand:
 * <pre>
 *        unit    applicant      how          submitted                                 held at receipt      resubmitted
 *   R1   RE.U1   001300973597   counter      TP02 digitised at its intake (afresh)     prefill: TP02 held   yes
 *   R2   RE.U1   001300973597   counter      TP01 (WH-000-0)                           prefill: TP02 held   no
 *   R3   RE.U2   001080293893   counter      TP02, a warehouse copy of another dossier never prefilled      no (reused)
 *   R4   RE.U2   079217559077   counter      TP02 digitised at its intake (afresh)     never prefilled      yes (presumed)
 *   R5   RE.U2   001051409167   online       TP02 uploaded to the portal               never prefilled      yes (presumed)
 *   R6   RE.U2   enterprise     online       TP01 uploaded                             —                    no
 * </pre>
 */
@SandboxWithTestClock
class DataReusedIT {

    private static final String PERIOD = "?from=2027-07-05&to=2027-07-05";
    private static final String RECEIVED = "2027-07-05T08:30:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierFacts facts;

    private GatewayHttp http;
    private ScriptedDossiers dossiers;

    @BeforeEach
    void theScriptedDossiers() {
        http = new GatewayHttp(port);
        dossiers = new ScriptedDossiers(http);
        new PrefillCalls(http).synchroniseCatalogue();
        if (jdbc.sql("SELECT COUNT(*) FROM kpi_dossier WHERE dossier_code = 'RE-270705-0001'").query(Long.class)
                .single() > 0) {
            return;
        }
        clock.set("2027-07-05T09:00:00+07:00");
        warehouseDocument("WH-RE-1", "001300973597", "RE-270705-0001");
        warehouseDocument("WH-RE-3", "001080293893", "RE-270101-0099");
        warehouseDocument("WH-RE-4", "079217559077", "RE-270705-0004");
        dossiers.register(ScriptedDossiers.document(ScriptedDossiers.dossier("RE-270705-0001", "RE.U1", "IN_PERSON",
                "001300973597", RECEIVED), "TP02", "IDENTITY", "WH-RE-1"));
        dossiers.register(ScriptedDossiers.document(ScriptedDossiers.dossier("RE-270705-0002", "RE.U1", "IN_PERSON",
                "001300973597", RECEIVED), "TP01", "APPLICATION_FORM", "WH-000-0"));
        dossiers.register(ScriptedDossiers.document(ScriptedDossiers.dossier("RE-270705-0003", "RE.U2", "IN_PERSON",
                "001080293893", RECEIVED), "TP02", "IDENTITY", "WH-RE-3"));
        dossiers.register(ScriptedDossiers.document(ScriptedDossiers.dossier("RE-270705-0004", "RE.U2", "IN_PERSON",
                "079217559077", RECEIVED), "TP02", "IDENTITY", "WH-RE-4"));
        assertThat(dossiers.prefill("RE-270705-0001", "001300973597")).as("TP02 held").contains("\"FULFILLED\"");
        assertThat(dossiers.prefill("RE-270705-0002", "001300973597")).as("TP02 held").contains("\"FULFILLED\"");
        facts.takenOnline(online("RE-270705-0005", ApplicantType.CITIZEN, "001051409167", "TP02", DocumentType.IDENTITY),
                "RE.U2");
        facts.takenOnline(online("RE-270705-0006", ApplicantType.ENTERPRISE, "0101234567",
                "TP01", DocumentType.APPLICATION_FORM), "RE.U2");
        clock.set("2027-07-06T09:00:00+07:00");
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void aDossierCountsWhenItsApplicantSubmittedNothingTheStateHeld() {
        JsonNode report = dossiers.indicators(PERIOD);

        // Without resubmission: R2, R3, R6 of the six.
        assertThat(ScriptedDossiers.row(report.path("indicators"), "DATA_REUSED")).isEqualTo("DATA_REUSED 3/6 0.5 0.8 false");
        assertThat(ScriptedDossiers.unitRow(report, "RE.U1", "DATA_REUSED")).isEqualTo("DATA_REUSED 1/2 0.5 0.8 false");
        assertThat(ScriptedDossiers.unitRow(report, "RE.U2", "DATA_REUSED")).isEqualTo("DATA_REUSED 2/4 0.5 0.8 false");
    }

    @Test
    void thePersonsAndBusinessesBehindItAreCountedOnceEach() {
        JsonNode applicants = dataReused(dossiers.indicators(PERIOD)).path("applicants");
        JsonNode unit = dataReused(dossiers.indicators(PERIOD + "&unitCode=RE.U2")).path("applicants");

        // Persons: 001300973597 (R1 resubmitted, R2 not: counts as resubmitting), 001080293893 (spared),
        // 079217559077 and 001051409167 (resubmitted). Businesses: the enterprise of R6 (spared).
        assertThat(share(applicants.path("persons"))).isEqualTo("1/4 0.25");
        assertThat(share(applicants.path("businesses"))).isEqualTo("1/1 1.0");
        assertThat(share(unit.path("persons"))).isEqualTo("1/3 0.3333");
        assertThat(share(unit.path("businesses"))).isEqualTo("1/1 1.0");
    }

    @Test
    void noApplicantIdAppearsInTheReport() {
        HttpResponse<String> answer = http.get("/api/v1/kpi/indicators" + PERIOD, "X-API-Key", GatewayHttp.ONE_STOP_KEY);

        assertThat(answer.body()).doesNotContain("001300973597", "001080293893", "0101234567");
    }

    private static JsonNode dataReused(JsonNode report) {
        for (JsonNode indicator : report.path("indicators")) {
            if (indicator.path("code").asText().equals("DATA_REUSED")) {
                return indicator;
            }
        }
        throw new AssertionError("no DATA_REUSED in " + report);
    }

    private static String share(JsonNode share) {
        return share.path("numerator").asText() + "/" + share.path("denominator").asText() + " "
                + share.path("rate").decimalValue().doubleValue();
    }

    /** A document of the applicant's in the warehouse, digitised with {@code dossierCode}. */
    private void warehouseDocument(String documentId, String owner, String dossierCode) {
        jdbc.sql("INSERT INTO warehouse_document (document_id, owner_type, owner_id, document_type, title, dossier_code, "
                        + "media_type, size_bytes, sha256, stored_at) VALUES (:id, 'CITIZEN', :owner, 'IDENTITY', "
                        + "'Căn cước', :dossier, 'application/pdf', 1, :sha, :at)")
                .param("id", documentId).param("owner", owner).param("dossier", dossierCode)
                .param("sha", "0".repeat(64)).param("at", Timestamps.sql(OffsetDateTime.parse(RECEIVED))).update();
    }

    private static OnlineDossier online(String code, ApplicantType type, String applicant, String component,
                                        DocumentType documentType) {
        return new OnlineDossier(code, "9.000004", "Thủ tục", new Applicant(type, applicant, "Người nộp"),
                OffsetDateTime.parse(RECEIVED), null, DossierStatus.RECEIVED, Channel.ONLINE, "RE.U2",
                List.of(new OnlineDossier.Document(component, documentType, code + "-" + component, "tep.pdf")), null);
    }
}
