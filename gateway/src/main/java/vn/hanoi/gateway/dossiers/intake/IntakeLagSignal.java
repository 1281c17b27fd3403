package vn.hanoi.gateway.dossiers.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.ops.IntakeSignal;

/**
 * The intake's lag for ops: the time since the newest dossier taken was submitted on the portal (the
 * checkpoint). Null, "not available", until the intake has taken one; absent when the intake is off.
 */
@Component
@ConditionalOnProperty(prefix = "gateway.intake", name = "enabled", havingValue = "true")
class IntakeLagSignal implements IntakeSignal {

    private final JdbcIntakeLedger ledger;
    private final Clock clock;

    IntakeLagSignal(JdbcIntakeLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Duration lag() {
        OffsetDateTime newest = ledger.checkpoint().map(PortalTime::parse).orElse(null);
        return newest == null ? null : Duration.between(newest.toInstant(), clock.instant()).abs();
    }
}
