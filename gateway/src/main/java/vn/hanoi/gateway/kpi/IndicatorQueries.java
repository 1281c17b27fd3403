package vn.hanoi.gateway.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/**
 * The indicators' counts for a period, split by unit (a null unit: dossiers without one) or by Vietnam day, each an
 * indexed aggregate over {@code kpi_dossier} (with the ratings, and {@code dossier_transfer} for {@code E_TRANSFER}),
 * one grouped query per kind of fact, never a dossier loaded into memory. Counting rules: {@code docs/indicators.md}.
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
            + "SUM(CASE WHEN k.resubmitted = FALSE THEN 1 ELSE 0 END) AS spared, "
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

    /**
     * Per applicant type, the distinct applicants of the dossiers received in the period and those of them with a
     * dossier in which they resubmitted something (or not known to have not).
     */
    private static final String APPLICANTS = "SELECT k.applicant_type, COUNT(DISTINCT k.applicant_key) AS applicants, "
            + "COUNT(DISTINCT CASE WHEN k.resubmitted = FALSE THEN NULL ELSE k.applicant_key END) AS resubmitting "
            + "FROM kpi_dossier k WHERE k.received_at >= :from AND k.received_at < :to "
            + "AND k.applicant_key IS NOT NULL";

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code DATA_REUSED} by the persons and businesses behind it, overall or for {@code unitCode}: a person
     * counts in the numerator when none of their dossiers of the period needed a resubmission.
     */
    Applicants applicants(Instant from, Instant to, String unitCode) {
        Map<String, Counts> byType = new HashMap<>();
        bound(APPLICANTS + (unitCode == null ? "" : UNIT_FILTER) + " GROUP BY k.applicant_type", from, to, unitCode)
                .query(row -> {
                    long applicants = row.getLong("applicants");
                    byType.put(row.getString("applicant_type"), Counts.of(applicants - row.getLong("resubmitting"),
                            applicants));
                });
        return Applicants.of(byType.getOrDefault("CITIZEN", Counts.NONE),
                byType.getOrDefault("ENTERPRISE", Counts.NONE));
    }

    /** Per bucket of {@code split}, every indicator's counts; {@code unitCode} null for every unit. */
    <K> Map<K, Map<Indicator, Counts>> count(Instant from, Instant to, String unitCode, Instant now, Split<K> split) {
        Map<K, Map<Indicator, Counts>> buckets = new HashMap<>();
        query(RECEIVED, "k.received_at", from, to, unitCode, split, "").param("now", Timestamps.sql(now)).query(row -> {
            Map<Indicator, Counts> bucket = bucket(buckets, split.read().of(row));
            long received = row.getLong("received");
            add(bucket, Indicator.ONLINE, Counts.of(row.getLong("online"), received));
            add(bucket, Indicator.DOSSIER_DIGITISED, Counts.of(row.getLong("digitised"), received));
            add(bucket, Indicator.DATA_REUSED, Counts.of(row.getLong("spared"), received));
            add(bucket, Indicator.SATISFACTION, new Counts(received - row.getLong("unsatisfied"), received,
                    row.getLong("rated") > 0));
        });
        query(SETTLED, "k.settled_at", from, to, unitCode, split, "").query(row -> {
            Map<Indicator, Counts> bucket = bucket(buckets, split.read().of(row));
            add(bucket, Indicator.ON_TIME, Counts.of(row.getLong("on_time"), row.getLong("with_due")));
            add(bucket, Indicator.RESULT_DIGITISED, Counts.of(row.getLong("signed"), row.getLong("settled")));
        });
        transferred(from, to, unitCode, split).query(row -> {
            add(bucket(buckets, split.read().of(row)), Indicator.E_TRANSFER, Counts.of(row.getLong("electronic"),
                    row.getLong("dossiers")));
        });
        return buckets;
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
