package vn.hanoi.gateway.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.mappings.npsp.Procedure;
import vn.hanoi.gateway.routes.npsp.ProcedureCatalogue;

/**
 * The indicators' counts for a period, split by unit (a null unit: dossiers without one) or by Vietnam day, each an
 * indexed aggregate over {@code kpi_dossier} (and the once-only ledger for {@code DATA_REUSED}), one grouped query
 * per kind of fact, never a dossier loaded into memory. Counting rules: {@code docs/indicators.md}.
 */
@Repository
class IndicatorQueries {

    private static final String UNIT_FILTER = " AND k.unit_code = :unit";
    private static final String SECONDS_PER_DAY = "86400";

    /** How the counts are split: {@code key} the SQL of the bucket given the time column counted by. */
    record Split<K>(UnaryOperator<String> key, RowKey<K> read) {

        static final Split<String> BY_UNIT = new Split<>(time -> "k.unit_code", row -> row.getString("bucket"));

        /** Vietnam has kept one offset since 1975, so its days are whole multiples of 86,400 s from the epoch. */
        static final Split<LocalDate> BY_DAY = new Split<>(
                time -> "FLOOR((EXTRACT(EPOCH FROM " + time + ") + "
                        + PortalTime.VIETNAM.getRules().getOffset(Instant.now()).getTotalSeconds() + ") / "
                        + SECONDS_PER_DAY + ")",
                row -> LocalDate.ofEpochDay(row.getLong("bucket")));
    }

    @FunctionalInterface
    interface RowKey<K> {
        K of(ResultSet row) throws SQLException;
    }

    private static final String RECEIVED = "SELECT %s AS bucket, COUNT(*) AS received, "
            + "SUM(CASE WHEN k.online THEN 1 ELSE 0 END) AS online, "
            + "SUM(CASE WHEN k.digitised THEN 1 ELSE 0 END) AS digitised, "
            + "SUM(CASE WHEN r.rated > 0 THEN 1 ELSE 0 END) AS rated, "
            + "SUM(CASE WHEN r.unsatisfied > 0 "
            + "OR (k.due_at IS NOT NULL AND (k.settled_at > k.due_at OR (k.settled_at IS NULL AND k.due_at < :now))) "
            + "THEN 1 ELSE 0 END) AS unsatisfied "
            + "FROM kpi_dossier k LEFT JOIN (SELECT dossier_code, COUNT(*) AS rated, "
            + "SUM(CASE WHEN satisfaction = 'DISSATISFIED' OR complaint IS NOT NULL THEN 1 ELSE 0 END) AS unsatisfied "
            + "FROM kpi_rating GROUP BY dossier_code) r ON r.dossier_code = k.dossier_code "
            + "WHERE k.received_at >= :from AND k.received_at < :to";

    private static final String SETTLED = "SELECT %s AS bucket, COUNT(*) AS settled, "
            + "SUM(CASE WHEN k.due_at IS NOT NULL THEN 1 ELSE 0 END) AS with_due, "
            + "SUM(CASE WHEN k.due_at IS NOT NULL AND k.settled_at <= k.due_at THEN 1 ELSE 0 END) AS on_time, "
            + "SUM(CASE WHEN k.signed_result THEN 1 ELSE 0 END) AS signed "
            + "FROM kpi_dossier k WHERE k.registered AND k.settled_at >= :from AND k.settled_at < :to";

    private static final String PREFILLED = "SELECT %s AS bucket, COUNT(*) AS dossiers, "
            + "SUM(CASE WHEN o.satisfied_components = o.required_with_source THEN 1 ELSE 0 END) AS without "
            + "FROM once_only_dossier o LEFT JOIN kpi_dossier k ON k.dossier_code = o.dossier_code AND k.registered "
            + "WHERE o.first_prefilled_at >= :from AND o.first_prefilled_at < :to";

    private static final String NEVER_PREFILLED = "SELECT %s AS bucket, d.procedure_code, COUNT(*) AS dossiers "
            + "FROM npsp_dossier d LEFT JOIN kpi_dossier k ON k.dossier_code = d.dossier_code "
            + "WHERE d.created_at >= :from AND d.created_at < :to "
            + "AND NOT EXISTS (SELECT 1 FROM once_only_dossier o WHERE o.dossier_code = d.dossier_code)";

    /**
     * Per dossier with a transfer created in the period (per day of it, split by day), whether every such transfer
     * went over the document axis and was accepted ({@code SENT}); the dossier's unit from {@code kpi_dossier}.
     */
    private static final String TRANSFERRED = "SELECT bucket, COUNT(*) AS dossiers, SUM(electronic) AS electronic "
            + "FROM (SELECT t.dossier_code, %1$s AS bucket, "
            + "MIN(CASE WHEN t.channel = 'AXIS' AND t.state = 'SENT' THEN 1 ELSE 0 END) AS electronic "
            + "FROM dossier_transfer t LEFT JOIN kpi_dossier k ON k.dossier_code = t.dossier_code "
            + "WHERE t.created_at >= :from AND t.created_at < :to%2$s GROUP BY t.dossier_code, %1$s) d "
            + "GROUP BY bucket";

    private final JdbcClient jdbc;
    private final ProcedureCatalogue catalogue;

    IndicatorQueries(JdbcClient jdbc, ProcedureCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Per bucket of {@code split}, every indicator's counts; {@code unitCode} null for every unit. */
    <K> Map<K, Map<Indicator, Counts>> count(Instant from, Instant to, String unitCode, Instant now, Split<K> split) {
        Map<K, Map<Indicator, Counts>> buckets = new HashMap<>();
        query(RECEIVED, "k.received_at", from, to, unitCode, split, "").param("now", Timestamps.sql(now)).query(row -> {
            Map<Indicator, Counts> bucket = bucket(buckets, split.read().of(row));
            long received = row.getLong("received");
            add(bucket, Indicator.ONLINE, Counts.of(row.getLong("online"), received));
            add(bucket, Indicator.DOSSIER_DIGITISED, Counts.of(row.getLong("digitised"), received));
            add(bucket, Indicator.SATISFACTION, new Counts(received - row.getLong("unsatisfied"), received,
                    row.getLong("rated") > 0));
        });
        query(SETTLED, "k.settled_at", from, to, unitCode, split, "").query(row -> {
            Map<Indicator, Counts> bucket = bucket(buckets, split.read().of(row));
            add(bucket, Indicator.ON_TIME, Counts.of(row.getLong("on_time"), row.getLong("with_due")));
            add(bucket, Indicator.RESULT_DIGITISED, Counts.of(row.getLong("signed"), row.getLong("settled")));
        });
        query(PREFILLED, "o.first_prefilled_at", from, to, unitCode, split, "").query(row -> {
            add(bucket(buckets, split.read().of(row)), Indicator.DATA_REUSED, Counts.of(row.getLong("without"),
                    row.getLong("dossiers")));
        });
        transferred(from, to, unitCode, split).query(row -> {
            add(bucket(buckets, split.read().of(row)), Indicator.E_TRANSFER, Counts.of(row.getLong("electronic"),
                    row.getLong("dossiers")));
        });
        Map<String, Long> withoutSource = new HashMap<>();
        Function<String, Long> needsNothingHeld = code -> catalogue.find(code).map(IndicatorQueries::needsNothingHeld)
                .orElse(0L);
        query(NEVER_PREFILLED, "d.created_at", from, to, unitCode, split, ", d.procedure_code").query(row -> {
            long dossiers = row.getLong("dossiers");
            long without = withoutSource.computeIfAbsent(row.getString("procedure_code"), needsNothingHeld) * dossiers;
            add(bucket(buckets, split.read().of(row)), Indicator.DATA_REUSED, Counts.of(without, dossiers));
        });
        return buckets;
    }

    /** 1 when the procedure asks for no required component a source holds (nothing could be resubmitted), else 0. */
    private static long needsNothingHeld(Procedure procedure) {
        return procedure.documents().stream().anyMatch(document -> document.required() && document.source() != null)
                ? 0 : 1;
    }

    private JdbcClient.StatementSpec query(String select, String time, Instant from, Instant to, String unitCode,
                                           Split<?> split, String alsoGroupedBy) {
        String key = split.key().apply(time);
        return bound(select.formatted(key) + (unitCode == null ? "" : UNIT_FILTER) + " GROUP BY " + key
                + alsoGroupedBy, from, to, unitCode);
    }

    private JdbcClient.StatementSpec transferred(Instant from, Instant to, String unitCode, Split<?> split) {
        return bound(TRANSFERRED.formatted(split.key().apply("t.created_at"), unitCode == null ? "" : UNIT_FILTER),
                from, to, unitCode);
    }

    private JdbcClient.StatementSpec bound(String sql, Instant from, Instant to, String unitCode) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", Timestamps.sql(from))
                .param("to", Timestamps.sql(to));
        return unitCode == null ? statement : statement.param("unit", unitCode);
    }

    private static <K> Map<Indicator, Counts> bucket(Map<K, Map<Indicator, Counts>> buckets, K key) {
        return buckets.computeIfAbsent(key, any -> new EnumMap<>(Indicator.class));
    }

    private static void add(Map<Indicator, Counts> bucket, Indicator indicator, Counts counts) {
        bucket.merge(indicator, counts, Counts::plus);
    }
}
