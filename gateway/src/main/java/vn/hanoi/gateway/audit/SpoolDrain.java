package vn.hanoi.gateway.audit;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the spooled audit records ({@link AuditSpool}) into the chain once the database is back, every
 * {@code gateway.audit.drain-interval}, oldest first, through {@link AuditLog#append}. The records and their
 * spool ids ({@code audit_spool_drained}) are committed in one transaction, and only then removed from the
 * spool: a record whose id is already there was drained before a crash and is not appended again.
 */
@Component
class SpoolDrain extends PeriodicTask {

    private static final Logger LOG = LoggerFactory.getLogger(SpoolDrain.class);
    private static final int BATCH = 500;

    private final AuditSpool spool;
    private final AuditLog log;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SpoolDrain(AuditSpool spool, AuditLog log, JdbcTemplate jdbc, TransactionTemplate transactions,
               @Value("${gateway.audit.drain-interval}") Duration interval) {
        super("audit-spool-drain", interval);
        this.spool = spool;
        this.log = log;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Drains one batch; returns how many records left the spool (0 when it is empty or the database still down). */
    synchronized int drainOnce() {
        List<AuditSpool.Spooled> batch = spool.read().stream().limit(BATCH).toList();
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> ids = new HashSet<>();
        batch.forEach(spooled -> ids.add(spooled.id()));
        transactions.executeWithoutResult(status -> {
            Set<String> drained = alreadyDrained(batch);
            List<AuditSpool.Spooled> fresh = batch.stream().filter(spooled -> !drained.contains(spooled.id())).toList();
            if (!fresh.isEmpty()) {
                log.append(fresh.stream().map(AuditSpool.Spooled::entry).toList());
                jdbc.batchUpdate("INSERT INTO audit_spool_drained (spool_id) VALUES (?)",
                        fresh.stream().map(spooled -> new Object[] {spooled.id()}).toList());
            }
        });
        spool.remove(ids);
        LOG.info("{} spooled audit record(s) appended to the chain ({} still spooled)", batch.size(), spool.depth());
        return batch.size();
    }

    private Set<String> alreadyDrained(List<AuditSpool.Spooled> batch) {
        Set<String> drained = new HashSet<>();
        for (AuditSpool.Spooled spooled : batch) {
            drained.addAll(jdbc.queryForList("SELECT spool_id FROM audit_spool_drained WHERE spool_id = ?",
                    String.class, spooled.id()));
        }
        return drained;
    }

    @Override
    void runOnce() {
        try {
            while (drainOnce() > 0) {
                // the next batch at once
            }
        } catch (RuntimeException stillDown) {
            LOG.debug("The audit spool waits for the database ({})", stillDown.getClass().getName());
        }
    }
}
