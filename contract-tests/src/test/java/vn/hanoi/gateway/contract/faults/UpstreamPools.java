package vn.hanoi.gateway.contract.faults;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The leak signals of the matrix: the connectors' upstream workers in flight (the gateway's own gauge
 * {@code gateway.connector.upstream.calls.active}), and the JVM's live threads against their number when
 * the first cell began (WireMock's own left out). The JDK's HTTP client exposes no connection pool
 * statistics: an answer left open keeps its worker reading (the gauge); the count catches threads that
 * pile up cell after cell (a leak of one per cell would pass the bound within the first half of the
 * matrix), while pools that grow to their size once (idle workers, the HTTP clients' executors) stay under.
 */
final class UpstreamPools {

    /**
     * How many more threads than at the first cell the matrix may leave alive (idle workers live 30s): 15 per
     * register (its worker pool filling once, its HTTP client's executor); five registers leave about 66 alive,
     * while a leak of one per cell would pass the bound within the first half of the 175-cell matrix.
     */
    static final int THREAD_GROWTH_BOUND = 75;

    private static final String WIREMOCK_THREADS = "qtp";
    private static final String ACTIVE_CALLS = "gateway.connector.upstream.calls.active";
    private static int threadsAtTheFirstCell = -1;

    private final MeterRegistry meters;
    private final List<String> systems;

    UpstreamPools(MeterRegistry meters, List<String> systems) {
        this.meters = meters;
        this.systems = systems;
        synchronized (UpstreamPools.class) {
            if (threadsAtTheFirstCell < 0) {
                threadsAtTheFirstCell = gatewaySideThreads();
            }
        }
    }

    /** Upstream attempts in flight, over the given connectors (each must publish its gauge). */
    int activeCalls() {
        int active = 0;
        for (String system : systems) {
            Collection<Gauge> gauges = meters.get(ACTIVE_CALLS).tag("connector", system).gauges();
            active += gauges.stream().mapToInt(gauge -> (int) gauge.value()).sum();
        }
        return active;
    }

    /** The live threads by name, numbers left out: what to look at when they pile up. */
    static Map<String, Long> liveThreadsByName() {
        return Thread.getAllStackTraces().keySet().stream()
                .collect(Collectors.groupingBy(thread -> thread.getName().replaceAll("[0-9]+", "#"),
                        TreeMap::new, Collectors.counting()));
    }

    int liveThreadsAboveTheFirstCell() {
        return gatewaySideThreads() - threadsAtTheFirstCell;
    }

    /** Every live thread but WireMock's (Jetty's {@code qtp…}): those play the registers, not the gateway. */
    private static int gatewaySideThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.getName().startsWith(WIREMOCK_THREADS))
                .count();
    }
}
