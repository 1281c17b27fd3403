package vn.hanoi.gateway.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.ConnectorActivity;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.Platform;
import vn.hanoi.gateway.routes.connector.TransportKind;

/**
 * Active health: a connector that has had no call for {@code idle-after} is probed ({@link ProbeSettings}), so
 * that health tells a register that is down from one that is merely quiet. The probe never calls the register's
 * services: a TCP connect to its host and port, or any HTTP answer from a configured URL such as its token
 * endpoint. Its last result shows in health while the connector stays idle; traffic makes it moot.
 */
@Component
public class ConnectorProbes implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorProbes.class);

    private final Connectors connectors;
    private final Platform platform;
    private final ProbeSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, Probed> results = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    ConnectorProbes(Connectors connectors, Platform platform, ProbeSettings settings, Clock clock) {
        this.connectors = connectors;
        this.platform = platform;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build();
    }

    /** A probe's outcome: {@code failure} is the exception's type only, empty when the probe reached the system. */
    record Probed(Instant at, ProbeSettings.Kind kind, Optional<String> failure) {

        boolean up() {
            return failure.isEmpty();
        }
    }

    /** The last probe of the system, when it is idle now (a probe older than its last call says nothing). */
    Optional<Probed> whileIdle(Connector connector) {
        return Optional.ofNullable(results.get(connector.system()))
                .filter(probed -> lastCall(connector.activity()).map(call -> call.isBefore(probed.at())).orElse(true));
    }

    /** Probes every configured connector idle for {@code idle-after}; the timer calls it, tests may. */
    void probeIdle() {
        Instant idleSince = clock.instant().minus(settings.idleAfter());
        for (Connector connector : connectors.configured()) {
            ProbeSettings.Probe probe = settings.of(connector.system());
            boolean idle = lastCall(connector.activity()).map(call -> call.isBefore(idleSince)).orElse(true);
            if (idle && probe.kind() != ProbeSettings.Kind.NONE) {
                Probed probed = probe(connector, probe);
                Probed before = results.put(connector.system(), probed);
                if (before == null || before.up() != probed.up()) {
                    LOG.info("Idle connector {} probed ({}): {}", connector.system(), probe.kind(),
                            probed.failure().map(failure -> "unreachable, " + failure).orElse("reachable"));
                }
            }
        }
    }

    private Probed probe(Connector connector, ProbeSettings.Probe probe) {
        Instant at = clock.instant();
        try {
            if (probe.kind() == ProbeSettings.Kind.HTTP) {
                http.send(HttpRequest.newBuilder(probe.url()).timeout(settings.timeout())
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            } else {
                connect(URI.create(address(connector)));
            }
            return new Probed(at, probe.kind(), Optional.empty());
        } catch (IOException | RuntimeException unreachable) {
            return new Probed(at, probe.kind(), Optional.of(unreachable.getClass().getSimpleName()));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new Probed(at, probe.kind(), Optional.of("Interrupted"));
        }
    }

    /** Where the connector's calls go: its base URL, or the platform's when it is reached through the platform. */
    private String address(Connector connector) {
        return connector.properties().getTransport() == TransportKind.PLATFORM
                ? platform.properties().getBaseUrl() : connector.properties().getBaseUrl();
    }

    private void connect(URI base) throws IOException {
        int port = base.getPort() != -1 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), port), (int) settings.timeout().toMillis());
        }
    }

    private static Optional<Instant> lastCall(ConnectorActivity activity) {
        return Stream.concat(activity.lastSuccess().stream(), activity.lastFailure().map(ConnectorActivity.Failure::at).stream())
                .max(Instant::compareTo);
    }

    private void probeIdleLogged() {
        try {
            probeIdle();
        } catch (RuntimeException unexpected) {
            LOG.warn("Connector probes failed: {}", unexpected.getClass().getName());
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "connector-probes");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.checkEvery().toMillis();
        timer.scheduleWithFixedDelay(this::probeIdleLogged, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
