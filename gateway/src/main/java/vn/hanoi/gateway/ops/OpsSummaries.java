package vn.hanoi.gateway.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.health.ConnectorStatus;
import vn.hanoi.gateway.health.ConnectorStatuses;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/** Builds the ops page's summary from the connectors' status and the other features' signals. */
@Component
class OpsSummaries {

    /** The connectors that are the gateway's own rather than registers (no descriptor names them). */
    private static final Map<String, String> OWN_CONNECTORS = Map.of(
            "npsp", "National Public Service Portal",
            "command-centre", "Government command and information centre",
            "document-axis", "National document axis");

    static final String UP = "UP";
    static final String DEGRADED = "DEGRADED";
    static final String DOWN = "DOWN";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ConnectorStatuses connectors;
    private final Registers registers;
    private final OpsSignals signals;
    private final OpsProperties properties;
    private final ConnectorHistory history;
    private final Clock clock;

    OpsSummaries(ConnectorStatuses connectors, Registers registers, OpsSignals signals, OpsProperties properties,
                 ConnectorHistory history, Clock clock) {
        this.connectors = connectors;
        this.history = history;
        this.registers = registers;
        this.signals = signals;
        this.properties = properties;
        this.clock = clock;
    }

    /** How the page names a connector: a register as its descriptor says, the gateway's own as here. */
    private String displayName(String system) {
        return registers.named(system).map(RegisterDescriptor::displayName)
                .orElse(OWN_CONNECTORS.getOrDefault(system, system));
    }

    OpsSummary summary() {
        return new OpsSummary(
                OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.SECONDS),
                Math.max(1, properties.pageRefresh().toSeconds()),
                connectors.all().stream()
                        .map(status -> new OpsSummary.Connector(state(status, properties.errorRateWarning()),
                                displayName(status.system()), status, history.of(status.system())))
                        .toList(),
                outbox(),
                signals.intakeLag().map(lag -> new OpsSummary.Intake(true, lag.toSeconds()))
                        .orElse(new OpsSummary.Intake(false, null)),
                signals.onceOnly().map(kpi -> new OpsSummary.OnceOnly(true, kpi.rate(), properties.onceOnlyTarget(), kpi.dossiers()))
                        .orElse(new OpsSummary.OnceOnly(false, null, properties.onceOnlyTarget(), null)),
                signals.audit().orElse(new OpsSummary.Audit(false, null, null, null)));
    }

    /** DOWN while the circuit is open or, idle, unreachable; DEGRADED half-open or at the warning error rate; else UP. */
    static String state(ConnectorStatus status, double errorRateWarning) {
        if (!status.up()) {
            return DOWN;
        }
        boolean failing = status.errorRate() != null && status.errorRate() >= errorRateWarning;
        return failing || "HALF_OPEN".equals(status.circuitState()) ? DEGRADED : UP;
    }

    private OpsSummary.Outbox outbox() {
        return signals.outbox()
                .map(outbox -> new OpsSummary.Outbox(true, outbox.depth(), seconds(outbox.oldestAge()),
                        outbox.parkedCount(), outbox.parked()))
                .orElse(new OpsSummary.Outbox(false, null, null, null, List.of()));
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }
}
