package vn.hanoi.gateway.ops;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.health.ConnectorStatus;
import vn.hanoi.gateway.health.ConnectorStatuses;

/**
 * The ops page's short history: every {@code gateway.ops.history.interval}, each connector's p95 latency and error
 * rate, the last {@code samples} of them kept in a ring per connector, in memory (a restart starts afresh; the
 * long history is Prometheus's). One daemon thread samples.
 */
@Component
class ConnectorHistory {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorHistory.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** One sample: when, and the connector's p95 latency and error rate then (null while it had no calls). */
    record Sample(OffsetDateTime at, Long p95LatencyMs, Double errorRate) {
    }

    private final ConnectorStatuses connectors;
    private final HistoryProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Sample>> rings = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    ConnectorHistory(ConnectorStatuses connectors, HistoryProperties properties, Clock clock) {
        this.connectors = connectors;
        this.properties = properties;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        sampler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ops-history");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.interval().toMillis();
        sampler.scheduleAtFixedRate(this::sampleSafely, 0, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        sampler.shutdownNow();
    }

    /** The connector's samples, oldest first. */
    List<Sample> of(String system) {
        Deque<Sample> ring = rings.get(system);
        if (ring == null) {
            return List.of();
        }
        synchronized (ring) {
            return List.copyOf(ring);
        }
    }

    /** Records one sample of each connector's status, dropping the oldest beyond {@code samples}. */
    void sample(List<ConnectorStatus> statuses) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM)).truncatedTo(ChronoUnit.SECONDS);
        for (ConnectorStatus status : statuses) {
            Deque<Sample> ring = rings.computeIfAbsent(status.system(), system -> new ArrayDeque<>());
            synchronized (ring) {
                ring.addLast(new Sample(now, status.p95LatencyMs(), status.errorRate()));
                while (ring.size() > properties.samples()) {
                    ring.removeFirst();
                }
            }
        }
    }

    /** A failed sample is skipped, never the end of the sampling (a scheduled task that throws is not run again). */
    private void sampleSafely() {
        try {
            sample(connectors.all());
        } catch (RuntimeException failure) {
            LOG.warn("Connector history not sampled: {}", failure.getClass().getSimpleName());
        }
    }
}
