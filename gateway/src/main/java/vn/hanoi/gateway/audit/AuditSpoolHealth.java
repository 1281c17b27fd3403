package vn.hanoi.gateway.audit;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} → {@code auditSpool}: how many audit records wait on local disk for the database
 * ({@code depth}). Always UP: spooled records are held safely and drain by themselves; a depth that does not
 * fall while the database is up is the thing to look at (the same number is {@code gateway_audit_spool_depth}).
 */
@Component("auditSpoolHealthIndicator")
class AuditSpoolHealth implements HealthIndicator {

    private final AuditSpool spool;

    AuditSpoolHealth(AuditSpool spool) {
        this.spool = spool;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("depth", spool.depth()).build();
    }
}
