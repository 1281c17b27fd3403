package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.routes.npsp.ProcedureCatalogue;

/**
 * Computes the once-only KPI for a period: the dossiers prefilled (each counted at its first prefill) and the
 * counter dossiers never prefilled (each counted when registered: nothing was satisfied for the citizen, so it
 * needed no resubmission only if its procedure asks for nothing a source holds).
 */
@Service
class OnceOnlyKpi {

    private final JdbcOnceOnlyLedger ledger;
    private final CounterDossiersNeverPrefilled neverPrefilled;
    private final ProcedureCatalogue catalogue;
    private final KpiSettings settings;

    OnceOnlyKpi(JdbcOnceOnlyLedger ledger, CounterDossiersNeverPrefilled neverPrefilled, ProcedureCatalogue catalogue,
                KpiSettings settings) {
        this.ledger = ledger;
        this.neverPrefilled = neverPrefilled;
        this.catalogue = catalogue;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    KpiReport report(Period period) {
        Instant from = period.fromOrBeginning();
        Instant to = period.toOrEnd();
        Map<String, ProcedureTally> byProcedure = new LinkedHashMap<>();
        ledger.prefilledBetween(from, to).forEach(tally -> byProcedure.merge(tally.procedureCode(), tally,
                ProcedureTally::plus));
        neverPrefilled.registeredBetween(from, to).forEach((procedureCode, dossiers) -> byProcedure.merge(procedureCode,
                unprefilled(procedureCode, dossiers), ProcedureTally::plus));
        return KpiReport.of(Timestamps.inVietnam(period.from()), Timestamps.inVietnam(period.to()), settings.target(),
                byProcedure.values());
    }

    /** Dossiers of a procedure that no prefill served; a procedure the catalogue does not hold counts against. */
    private ProcedureTally unprefilled(String procedureCode, long dossiers) {
        return catalogue.find(procedureCode).map(procedure -> {
            long required = procedure.documents().stream().filter(Procedure.Document::required).count();
            long withSource = procedure.documents().stream()
                    .filter(document -> document.required() && document.source() != null).count();
            return new ProcedureTally(procedureCode, dossiers, withSource == 0 ? dossiers : 0, required * dossiers,
                    withSource * dossiers, 0);
        }).orElse(new ProcedureTally(procedureCode, dossiers, 0, 0, 0, 0));
    }
}
