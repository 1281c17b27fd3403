package vn.hanoi.gateway.kpi;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/v1/kpi/once-only}: the share of dossiers in which the citizen resubmitted nothing the state holds
 * ({@code rate}, null without dossiers), overall and per procedure, for {@code [from, to)}, against {@code target}.
 */
record KpiReport(OffsetDateTime from, OffsetDateTime to, long dossiers, long dossiersWithoutResubmission, Double rate,
                 double target, boolean targetMet, long requiredComponents, long requiredWithSource,
                 long satisfiedComponents, List<ProcedureRate> byProcedure) {

    record ProcedureRate(String procedureCode, long dossiers, long dossiersWithoutResubmission, Double rate,
                         long requiredComponents, long requiredWithSource, long satisfiedComponents) {

        static ProcedureRate of(ProcedureTally tally) {
            return new ProcedureRate(tally.procedureCode(), tally.dossiers(), tally.dossiersWithoutResubmission(),
                    share(tally.dossiersWithoutResubmission(), tally.dossiers()), tally.requiredComponents(),
                    tally.requiredWithSource(), tally.satisfiedComponents());
        }
    }

    static KpiReport of(OffsetDateTime from, OffsetDateTime to, double target, Collection<ProcedureTally> tallies) {
        ProcedureTally total = tallies.stream().reduce(new ProcedureTally(null, 0, 0, 0, 0, 0), ProcedureTally::plus);
        Double rate = share(total.dossiersWithoutResubmission(), total.dossiers());
        return new KpiReport(from, to, total.dossiers(), total.dossiersWithoutResubmission(), rate, target,
                rate != null && rate >= target, total.requiredComponents(), total.requiredWithSource(),
                total.satisfiedComponents(), tallies.stream().sorted(Comparator.comparing(ProcedureTally::procedureCode))
                        .map(ProcedureRate::of).toList());
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
