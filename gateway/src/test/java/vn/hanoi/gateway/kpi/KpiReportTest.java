package vn.hanoi.gateway.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.problem.ApiException;

/** The KPI's arithmetic and its period, without a database. */
class KpiReportTest {

    @Test
    void addsUpTheProceduresAndComparesTheRateWithTheTarget() {
        KpiReport report = KpiReport.of(null, null, 0.8, List.of(
                new ProcedureTally("9.000004", 3, 1, 6, 3, 1),
                new ProcedureTally("9.000002", 2, 2, 6, 4, 4)));

        assertThat(report.dossiers()).isEqualTo(5);
        assertThat(report.dossiersWithoutResubmission()).isEqualTo(3);
        assertThat(report.rate()).isEqualTo(0.6);
        assertThat(report.targetMet()).isFalse();
        assertThat(report.satisfiedComponents()).isEqualTo(5);
        assertThat(report.byProcedure()).extracting(KpiReport.ProcedureRate::procedureCode)
                .containsExactly("9.000002", "9.000004");
        assertThat(report.byProcedure().get(0).rate()).isEqualTo(1.0);
    }

    @Test
    void hasNoRateWithoutDossiers() {
        KpiReport report = KpiReport.of(null, null, 0.8, List.of());

        assertThat(report.rate()).isNull();
        assertThat(report.targetMet()).isFalse();
        assertThat(report.byProcedure()).isEmpty();
    }

    @Test
    void readsDatesAsWholeDaysInVietnamAndInstantsAsGiven() {
        Period days = Period.parse("2026-11-28", "2026-11-28");
        Period instants = Period.parse("2026-11-28T08:00:00+07:00", "2026-11-28T09:00:00 07:00");

        assertThat(days.from()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(days.to()).isEqualTo(Instant.parse("2026-11-28T17:00:00Z"));
        assertThat(instants.to()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(Period.parse(null, null).toOrEnd()).isAfter(Instant.parse("9000-01-01T00:00:00Z"));
    }

    @Test
    void refusesAMalformedOrEmptyPeriod() {
        assertThat(catchThrowableOfType(ApiException.class, () -> Period.parse("yesterday", null)).errors())
                .extracting(error -> error.field() + " " + error.code()).containsExactly("from INVALID_PERIOD");
        assertThat(catchThrowableOfType(ApiException.class, () -> Period.parse("2026-11-28", "2026-11-27")).errors())
                .extracting(error -> error.field() + " " + error.code()).containsExactly("to INVALID_PERIOD");
    }
}
