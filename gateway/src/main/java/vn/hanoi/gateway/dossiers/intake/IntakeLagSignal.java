package vn.hanoi.gateway.dossiers.intake;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.ops.IntakeSignal;

/**
 * The intake's lag for ops: how far the newest dossier taken (the checkpoint) is behind the newest dossier the
 * portal has shown this instance's polls, zero when the intake has taken everything the portal has. Not measured
 * against now: a quiet portal with nothing new is not "behind". Null, "not available", until a poll has shown a
 * dossier and one was taken; absent when the intake is off.
 */
@Component
@ConditionalOnProperty(prefix = "gateway.intake", name = "enabled", havingValue = "true")
class IntakeLagSignal implements IntakeSignal {

    private final JdbcIntakeLedger ledger;

    IntakeLagSignal(JdbcIntakeLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Duration lag() {
        Optional<String> newest = ledger.newestOnPortal();
        Optional<String> taken = ledger.checkpoint();
        if (newest.isEmpty() || taken.isEmpty()) {
            return null;
        }
        Duration behind = Duration.between(PortalTime.parse(taken.get()).toInstant(),
                PortalTime.parse(newest.get()).toInstant());
        return behind.isNegative() ? Duration.ZERO : behind;
    }
}
