package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.gateway.dossiers.DossierFacts;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.SandboxWithTestClock;
import vn.hanoi.gateway.testing.TestClock;

/**
 * {@code E_TRANSFER} and {@code RESULT_DIGITISED} for a scripted set of dossiers, in days no other test uses, against
 * values computed by hand. Four dossiers received on 2027-06-07; their transfers are rows of {@code dossier_transfer}
 * as the transfers' code writes them, their signed results what {@code DossierFacts.signedResultAccepted} records:
 * <pre>
 *        unit    transfers (created: channel state)                    settled (PROCESSED)   signed result
 *   T1   TR.U1   06-07 AXIS SENT,    06-08 AXIS SENT                   06-07                 yes
 *   T2   TR.U1   06-07 AXIS SENT,    06-08 PAPER RECORDED              06-08                 no
 *   T3   TR.U2   06-07 AXIS FAILED,  06-08 AXIS SENT                   06-08                 yes
 *   T4   TR.U2   06-06 AXIS PENDING, 06-08 AXIS SENT                   not settled           yes
 * </pre>
 */
@SandboxWithTestClock
class TransferAndResultIndicatorsIT {

    private static final String PERIOD = "?from=2027-06-07&to=2027-06-08";
    private static final String T1 = "TR-270607-0001";
    private static final String T2 = "TR-270607-0002";
    private static final String T3 = "TR-270607-0003";
    private static final String T4 = "TR-270607-0004";
    private static final String ACCEPTED = "2027-06-07T09:30:00+07:00";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierFacts facts;

    private ScriptedDossiers dossiers;

    @BeforeEach
    void theScriptedDossiers() {
        dossiers = new ScriptedDossiers(new GatewayHttp(port));
        if (jdbc.sql("SELECT COUNT(*) FROM kpi_dossier WHERE dossier_code = :code").param("code", T1)
                .query(Long.class).single() > 0) {
            return;
        }
        clock.set("2027-06-07T09:00:00+07:00");
        dossiers.register(ScriptedDossiers.dossier(T1, "TR.U1", "IN_PERSON", "001300973597", "2027-06-07T08:30:00+07:00"));
        dossiers.register(ScriptedDossiers.dossier(T2, "TR.U1", "IN_PERSON", "001080293893", "2027-06-07T08:30:00+07:00"));
        dossiers.register(ScriptedDossiers.dossier(T3, "TR.U2", "IN_PERSON", "079217559077", "2027-06-07T08:30:00+07:00"));
        dossiers.register(ScriptedDossiers.dossier(T4, "TR.U2", "IN_PERSON", "001051409167", "2027-06-07T08:30:00+07:00"));
        transfer(T1, "AXIS", "SENT", "2027-06-07T10:00:00+07:00");
        transfer(T1, "AXIS", "SENT", "2027-06-08T10:00:00+07:00");
        transfer(T2, "AXIS", "SENT", "2027-06-07T10:00:00+07:00");
        transfer(T2, "PAPER", "RECORDED", "2027-06-08T10:00:00+07:00");
        transfer(T3, "AXIS", "FAILED", "2027-06-07T10:00:00+07:00");
        transfer(T3, "AXIS", "SENT", "2027-06-08T23:59:00+07:00");
        transfer(T4, "AXIS", "PENDING", "2027-06-06T23:59:00+07:00");
        transfer(T4, "AXIS", "SENT", "2027-06-08T00:00:00+07:00");
        dossiers.settle(T1, ACCEPTED, "2027-06-07T15:00:00+07:00");
        dossiers.settle(T2, ACCEPTED, "2027-06-08T10:00:00+07:00");
        dossiers.settle(T3, ACCEPTED, "2027-06-08T11:00:00+07:00");
        facts.signedResultAccepted(T1);
        facts.signedResultAccepted(T3);
        facts.signedResultAccepted(T4);
        clock.set("2027-06-09T09:00:00+07:00");
    }

    @AfterEach
    void backToTheFixturesPresent() {
        clock.set(SandboxWithTestClock.FIXTURES_PRESENT);
    }

    @Test
    void aDossierCountsAsElectronicOnlyWhenEveryTransferOfThePeriodWentOverTheAxisAndWasAccepted() {
        JsonNode report = dossiers.indicators(PERIOD);

        // With a transfer created in the period: T1, T2, T3, T4 (T4's PENDING one is before it). Every one of them
        // AXIS and SENT: T1 and T4; T2 has a PAPER one, T3 a FAILED one.
        assertThat(ScriptedDossiers.row(report.path("indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 2/4 0.5 0.8 false");
        assertThat(ScriptedDossiers.unitRow(report, "TR.U1", "E_TRANSFER"))
                .isEqualTo("E_TRANSFER 1/2 0.5 0.8 false");
        assertThat(ScriptedDossiers.unitRow(report, "TR.U2", "E_TRANSFER"))
                .isEqualTo("E_TRANSFER 1/2 0.5 0.8 false");
    }

    @Test
    void aTransferStillPendingKeepsItsDossierOutOfTheNumerator() {
        JsonNode report = dossiers.indicators("?from=2027-06-06&to=2027-06-06");

        assertThat(ScriptedDossiers.row(report.path("indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 0/1 0.0 0.8 false");
    }

    @Test
    void resultDigitisedCountsTheSettledDossiersWithASignedResult() {
        JsonNode report = dossiers.indicators(PERIOD);

        // Settled in the period: T1, T2, T3; with a signed result T1, T3. T4's result does not count: not settled.
        assertThat(ScriptedDossiers.row(report.path("indicators"), "RESULT_DIGITISED"))
                .isEqualTo("RESULT_DIGITISED 2/3 0.6667 1.0 false");
        assertThat(ScriptedDossiers.unitRow(report, "TR.U1", "RESULT_DIGITISED"))
                .isEqualTo("RESULT_DIGITISED 1/2 0.5 1.0 false");
        assertThat(ScriptedDossiers.unitRow(report, "TR.U2", "RESULT_DIGITISED"))
                .isEqualTo("RESULT_DIGITISED 1/1 1.0 1.0 true");
    }

    @Test
    void eachDayOfTheDailySeriesCountsItsOwnTransfersAndSettlements() {
        JsonNode overall = dossiers.daily(PERIOD).path("days");
        JsonNode unit = dossiers.daily(PERIOD + "&unitCode=TR.U2").path("days");

        assertThat(overall.at("/0/day").asText()).isEqualTo("2027-06-07");
        // 06-07: T1 SENT, T2 SENT, T3 FAILED; T1 settled, signed. 06-08: T1 SENT, T2 PAPER, T3 SENT (23:59), T4 SENT
        // (00:00); T2 and T3 settled, T3 signed.
        assertThat(ScriptedDossiers.row(overall.at("/0/indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 2/3 0.6667 0.8 false");
        assertThat(ScriptedDossiers.row(overall.at("/0/indicators"), "RESULT_DIGITISED"))
                .isEqualTo("RESULT_DIGITISED 1/1 1.0 1.0 true");
        assertThat(ScriptedDossiers.row(overall.at("/1/indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 3/4 0.75 0.8 false");
        assertThat(ScriptedDossiers.row(overall.at("/1/indicators"), "RESULT_DIGITISED"))
                .isEqualTo("RESULT_DIGITISED 1/2 0.5 1.0 false");
        assertThat(ScriptedDossiers.row(unit.at("/0/indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 0/1 0.0 0.8 false");
        assertThat(ScriptedDossiers.row(unit.at("/1/indicators"), "E_TRANSFER")).isEqualTo("E_TRANSFER 2/2 1.0 0.8 true");
    }

    /** One transfer as the transfers' code records it (ids unique per dossier and day). */
    private void transfer(String dossierCode, String channel, String state, String createdAt) {
        String id = "LT-TR-" + dossierCode.substring(dossierCode.length() - 1) + "-" + createdAt.substring(5, 10);
        jdbc.sql("INSERT INTO dossier_transfer (transfer_id, dossier_code, recipient_organ_id, purpose, subject, "
                        + "channel, documents, document_id, state, created_at) VALUES (:id, :code, '000.00.01.H00', "
                        + "'HAND_OVER', 'Chuyển hồ sơ', :channel, '[]', :id, :state, :at)")
                .param("id", id).param("code", dossierCode).param("channel", channel).param("state", state)
                .param("at", Timestamps.sql(OffsetDateTime.parse(createdAt))).update();
    }
}
