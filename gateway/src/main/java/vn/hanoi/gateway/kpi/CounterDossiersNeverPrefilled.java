package vn.hanoi.gateway.kpi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;

/**
 * Dossiers registered at a counter ({@code POST /api/v1/dossiers}, table {@code npsp_dossier}) that no prefill ever
 * served: the citizen brought every paper. The KPI's one read of the dossiers' storage.
 */
@Repository
class CounterDossiersNeverPrefilled {

    private final JdbcClient jdbc;

    CounterDossiersNeverPrefilled(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per procedure code, how many were registered in {@code [from, to)}. */
    Map<String, Long> registeredBetween(Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT d.procedure_code, COUNT(*) AS dossiers FROM npsp_dossier d "
                        + "WHERE d.created_at >= :from AND d.created_at < :to AND NOT EXISTS "
                        + "(SELECT 1 FROM once_only_dossier o WHERE o.dossier_code = d.dossier_code) "
                        + "GROUP BY d.procedure_code")
                .param("from", Timestamps.sql(from)).param("to", Timestamps.sql(to))
                .query(row -> {
                    counts.put(row.getString("procedure_code"), row.getLong("dossiers"));
                });
        return counts;
    }
}
