package vn.hanoi.gateway.ops;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.health.ConnectorStatus;

/**
 * Everything the ops page shows, in one answer. A part another feature provides says
 * {@code available: false} (its other fields null) when that feature is not in this gateway.
 */
record OpsSummary(
        OffsetDateTime generatedAt,
        long refreshSeconds,
        List<Connector> connectors,
        Outbox outbox,
        Intake intake,
        OnceOnly onceOnly,
        Audit audit) {

    /**
     * The page's state of a connector: {@code DOWN} (circuit open), {@code DEGRADED} or {@code UP}; its name for
     * people (a register's from its descriptor); and its recent samples, oldest first, for the sparklines.
     */
    record Connector(String state, String displayName, @JsonUnwrapped ConnectorStatus status,
                     List<ConnectorHistory.Sample> history) {
    }

    record Outbox(boolean available, Long depth, Long oldestAgeSeconds, Long parkedCount,
                  List<OutboxSignal.Parked> parked) {
    }

    record Intake(boolean available, Long lagSeconds) {
    }

    record OnceOnly(boolean available, Double rate, double target, Long dossiers) {
    }

    record Audit(boolean available, Long writeFailures, Long purposeOverrides, Long purposeMismatches) {
    }
}
