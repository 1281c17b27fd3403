package vn.hanoi.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.dossiers.DossierRequests;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.sandbox.StandaloneSimulator;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.GatewayProcess;
import vn.hanoi.gateway.testing.PrefillCalls;

/**
 * Load while upstreams flap: the real gateway jar (sandbox mode, H2 in a temp dir) whose population register and
 * portal are their simulators behind {@link FlappingUpstream} proxies, failing every few seconds (503, reset,
 * slow past the deadline, malformed), while {@code reliability.load.callers} virtual counters (8) call it for
 * {@code reliability.load.seconds} (60; {@code -Dreliability.load.seconds=600} for the long variant): lookups of
 * fixture and unknown records, prefills, dossiers registered, updated and moved through the state machine.
 * <p>
 * Every answer must be explained by the request (its expected status) or by a fault of the system it needs,
 * active while it ran or in its aftermath ({@link Explanations}). Afterwards, with the faults off, the outbox
 * drains, the audit chain verifies, and every dossier is the same at the gateway and on the portal, its changes
 * having reached the portal in the order they were accepted, a repeat only ever right after itself.
 */
class LoadWithFaultsIT {

    private static final Duration LOAD = Duration.ofSeconds(setting("reliability.load.seconds", 60));
    private static final int CALLERS = (int) setting("reliability.load.callers", 8);
    private static final Duration HEALTHY = Duration.ofSeconds(10);
    private static final Duration FAILING = Duration.ofSeconds(4);
    /** Past every connector's deadline below (population 5 s, the default; npsp 2 s). */
    private static final Duration SLOW = Duration.ofSeconds(6);
    private static final Duration BREAKER_WAIT = Duration.ofSeconds(2);
    /** The population connector's attempt timeout (the default): a slow call fails this long after it started. */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(3);
    /** For a loaded machine: a failure is recorded a little after it happened. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    /** The outbox must shrink at least once in this long after the load. */
    private static final Duration DRAIN_STALL = Duration.ofSeconds(60);
    private static final Pattern GAUGE = Pattern.compile("(?m)^(gateway_outbox_depth|gateway_outbox_parked)\\{[^}]*} (\\S+)$");

    @TempDir
    Path work;

    private final List<AutoCloseable> running = new ArrayList<>();
    private FlappingUpstream population;
    private FlappingUpstream npsp;
    private StandaloneSimulator portal;
    private GatewayProcess gateway;
    private GatewayHttp http;

    @BeforeEach
    void start() {
        StandaloneSimulator register = keep(StandaloneSimulator.start("population"));
        portal = keep(StandaloneSimulator.start("npsp"));
        population = keep(new FlappingUpstream("population", register.baseUrl(), "text/xml; charset=utf-8", SLOW));
        npsp = keep(new FlappingUpstream("npsp", portal.baseUrl(), "application/json; charset=utf-8", SLOW));
        List<String> args = new ArrayList<>(underLoad(population.baseUrl(), npsp.baseUrl()));
        args.add("--gateway.data-dir=" + work.resolve("data"));
        gateway = GatewayProcess.start(work, args);
        http = new GatewayHttp(gateway.port());
    }

    /** The gateway's settings for a run under load with faults: the flapping upstreams, short copies, a quick outbox. */
    static List<String> underLoad(String populationUrl, String npspUrl) {
        return List.of(
                "--gateway.connectors.population.base-url=" + populationUrl,
                "--gateway.connectors.npsp.base-url=" + npspUrl,
                // short-lived copies, so that faults are met often and stale copies served
                "--gateway.connectors.population.cache.ttl=2s",
                "--gateway.connectors.population.circuit-breaker.wait-duration-in-open-state=" + BREAKER_WAIT.toSeconds() + "s",
                "--gateway.connectors.npsp.circuit-breaker.wait-duration-in-open-state=" + BREAKER_WAIT.toSeconds() + "s",
                "--gateway.connectors.npsp.deadline=2s",
                "--gateway.connectors.npsp.attempt-timeout=1500ms",
                // the outbox keeps up with the counters and never parks on a transient fault within the run
                "--gateway.dossiers.outbox.poll-interval=200ms",
                "--gateway.dossiers.outbox.batch-size=50",
                "--gateway.dossiers.outbox.initial-backoff=200ms",
                "--gateway.dossiers.outbox.max-backoff=2s",
                "--gateway.dossiers.outbox.max-attempts=1000",
                // far above what the counters send: a 429 is not a fault of the run
                "--gateway.rate-limit.limit-for-period=100000",
                // the callers read under the test classpath's dossier, which the jar's sandbox does not seed: the
                // purpose check is PurposeBindingIT's subject, here it only flags (report mode)
                "--gateway.purpose.mode=report");
    }

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            gateway.kill();
        }
        Collections.reverse(running);
        for (AutoCloseable resource : running) {
            resource.close();
        }
    }

    @Test
    void everyAnswerIsExplainedByTheRequestOrAFaultAndThePortalEndsInStepWithTheGateway() throws Exception {
        warmUp();
        List<VirtualCaller> callers;
        List<FaultSchedule.Window> windows;
        try (FaultSchedule schedule = new FaultSchedule(List.of(population, npsp), HEALTHY, FAILING)) {
            schedule.start();
            callers = runCallers();
            schedule.close();
            windows = schedule.windows();
        }
        LoadReport report = new LoadReport(callers.stream().flatMap(c -> c.calls().stream()).toList(),
                new Explanations(windows, this::aftermath), LOAD, windows);
        System.out.println(report.table());

        assertThat(report.unexplained()).as("answers no request or fault explains" + report.table()
                + "\nthe gateway's warnings and errors:\n" + warningsAndErrors()).isEmpty();
        assertThat(windows).as("the upstreams flapped").extracting(FaultSchedule.Window::fault)
                .contains(UpstreamFault.values()[0]);
        assertThat(report.countLabelled("<-")).as("faults reached callers" + report.table()).isPositive();
        for (RequestKind kind : RequestKind.values()) {
            assertThat(report.count(kind)).as(kind + " was asked" + report.table()).isPositive();
        }

        List<TrackedDossier> dossiers = callers.stream().flatMap(c -> c.dossiers().stream())
                .filter(d -> !d.accepted().isEmpty()).toList();
        awaitOutboxDrained();
        assertAuditChainVerifies();
        assertPortalHoldsWhatTheGatewayAccepted(dossiers, portal, http);
        assertNoPersonalIdLogged();
    }

    private void warmUp() {
        await("catalogue synchronised").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.send("POST", "/api/v1/ops/procedures/sync", null, "X-API-Key", GatewayHttp.OPS_KEY)
                        .statusCode() == 200);
        Identifiers ids = Identifiers.fromFixtures();
        for (String path : List.of("/api/v1/citizens/" + ids.citizens().get(0), "/api/v1/enterprises/"
                + ids.enterprises().get(0), "/api/v1/social-insurance/" + ids.insurances().get(0),
                "/api/v1/land-parcels/" + Identifiers.parcelPath(ids.parcels().get(0)))) {
            http.getAsOneStopShopUntil(path, answer -> answer.statusCode() == 200, 5);
        }
        new PrefillCalls(http).prefill(PrefillCalls.body("9.000005", "LOAD.WARM-261128-0001", "CITIZEN", "001300973597"));
    }

    private List<VirtualCaller> runCallers() throws Exception {
        return runCallers(gateway.port(), CALLERS, LOAD);
    }

    /** {@code count} virtual counters calling {@code port} for {@code load}, each done. */
    static List<VirtualCaller> runCallers(int port, int count, Duration load) throws Exception {
        Identifiers ids = Identifiers.fromFixtures();
        long until = System.nanoTime() + load.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<VirtualCaller>> done = pool.invokeAll(IntStream.rangeClosed(1, count)
                    .mapToObj(n -> new VirtualCaller(n, port, ids))
                    .map(caller -> (Callable<VirtualCaller>) () -> caller.run(until)).toList());
            List<VirtualCaller> callers = new ArrayList<>();
            for (Future<VirtualCaller> caller : done) {
                callers.add(caller.get());
            }
            return callers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How long after a fault was healed its effects may still explain an answer. */
    private Duration aftermath(UpstreamFault fault) {
        Duration afterBreaker = BREAKER_WAIT.plus(SLACK);
        return fault == UpstreamFault.SLOW_PAST_DEADLINE ? afterBreaker.plus(ATTEMPT_TIMEOUT) : afterBreaker;
    }

    /**
     * Waits for the outbox to empty as long as it keeps shrinking: the backlog a run leaves grows with its length
     * (one dispatcher delivers one entry after another), so the bound is on progress; a stall is a finding.
     */
    private void awaitOutboxDrained() {
        long started = System.nanoTime();
        AtomicLong lastProgress = new AtomicLong(started);
        AtomicReference<Double> lowest = new AtomicReference<>(Double.MAX_VALUE);
        List<String> samples = new ArrayList<>();
        try {
            await("the outbox drained").atMost(LOAD.multipliedBy(2).plus(DRAIN_STALL)).pollInterval(Duration.ofSeconds(1))
                    .failFast("the outbox stopped draining",
                            () -> System.nanoTime() - lastProgress.get() > DRAIN_STALL.toNanos())
                    .until(() -> {
                        double depth = gauge("gateway_outbox_depth").orElse(Double.NaN);
                        samples.add(Duration.ofNanos(System.nanoTime() - started).toSeconds() + "s:" + (long) depth);
                        if (depth < lowest.get()) {
                            lowest.set(depth);
                            lastProgress.set(System.nanoTime());
                        }
                        return depth == 0.0;
                    });
        } catch (RuntimeException stalled) {
            throw new AssertionError(stalled.getMessage() + "; depth by second " + samples + "\n" + gateway.tail(), stalled);
        }
        System.out.printf("Outbox: %s entries waiting when the load stopped, drained in %d s%n",
                samples.isEmpty() ? "?" : samples.get(0).substring(samples.get(0).indexOf(':') + 1),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(gauge("gateway_outbox_parked")).as("nothing parked").contains(0.0);
    }

    private Optional<Double> gauge(String name) {
        return gauge(http, name);
    }

    /** A gauge of the outbox ({@code gateway_outbox_depth}, {@code gateway_outbox_parked}) from an instance's metrics. */
    static Optional<Double> gauge(GatewayHttp http, String name) {
        HttpResponse<String> metrics = http.get("/actuator/prometheus", "X-API-Key", GatewayHttp.OPS_KEY);
        Matcher gauge = GAUGE.matcher(metrics.body());
        while (gauge.find()) {
            if (gauge.group(1).equals(name)) {
                return Optional.of(Double.parseDouble(gauge.group(2)));
            }
        }
        return Optional.empty();
    }

    private void assertAuditChainVerifies() {
        HttpResponse<String> verify = http.get("/api/v1/audit/verify", "X-API-Key", "sandbox-auditor-key");
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        JsonNode chain = GatewayHttp.json(verify);
        assertThat(chain.path("valid").asBoolean()).as(verify.body()).isTrue();
        assertThat(chain.path("records").asLong()).as(verify.body()).isPositive();
    }

    /** Every dossier SYNCED, the same at the gateway and on the portal, its changes arrived once each, in order. */
    static void assertPortalHoldsWhatTheGatewayAccepted(List<TrackedDossier> dossiers, StandaloneSimulator portal,
                                                        GatewayHttp http) {
        assertThat(dossiers).as("dossiers were accepted").isNotEmpty();
        PortalArrivals arrivals = PortalArrivals.of(portal.portalCalls());
        System.out.printf("Portal: %d dossiers, %d changes received, %d of them a repeat of the change just before%n",
                dossiers.size(), arrivals.received(), arrivals.repeats());
        DossierRequests api = new DossierRequests(http);
        for (TrackedDossier dossier : dossiers) {
            String code = dossier.code();
            JsonNode atGateway = api.view(code);
            JsonNode onPortal = portal.portalRecord(code).path("result");
            List<List<String>> accepted = dossier.accepted();

            assertThat(atGateway.at("/sync/state").asText()).as(code + " " + atGateway.path("sync")).isEqualTo("SYNCED");
            assertThat(gatewaySteps(atGateway)).as(code + ": the gateway's history is what it accepted")
                    .isEqualTo(progressOnly(accepted));
            assertThat(portalSteps(onPortal)).as(code + ": the portal's progress is the gateway's")
                    .isEqualTo(gatewaySteps(atGateway));
            assertThat(onPortal.path("TrichYeuHoSo").asText()).as(code + ": the portal has the last update")
                    .isEqualTo(atGateway.path("summary").asText()).isEqualTo(accepted.stream()
                            .filter(change -> change.get(0).equals("SYNC")).reduce((a, b) -> b).orElseThrow().get(1));
            assertThat(portalStatus(onPortal)).as(code + ": the portal's status is the gateway's")
                    .isEqualTo(TrackedDossier.portalCode(atGateway.path("status").asText()));
            assertThat(arrivals.collapsed(code)).as(code + ": every change arrived once, in order; "
                    + "a repeat only right after itself").isEqualTo(accepted);
        }
    }

    /** Faults make the gateway log failures: by kind, never with the personal id being looked up. */
    private void assertNoPersonalIdLogged() {
        Identifiers ids = Identifiers.fromFixtures();
        List<String> personalIds = new ArrayList<>(ids.citizens());
        personalIds.addAll(ids.unknownCitizens());
        List<String> log = gateway.log();
        assertThat(log).as("the gateway logged").isNotEmpty();
        assertThat(log).as("log lines with a personal id")
                .noneMatch(line -> personalIds.stream().anyMatch(line::contains));
    }

    private static List<List<String>> gatewaySteps(JsonNode dossier) {
        return StreamSupport.stream(dossier.path("history").spliterator(), false).skip(1)
                .map(step -> List.of("PROGRESS", TrackedDossier.portalCode(step.path("status").asText()),
                        PortalTime.format(OffsetDateTime.parse(step.path("at").asText())))).toList();
    }

    private static List<List<String>> portalSteps(JsonNode record) {
        return StreamSupport.stream(record.path("QuaTrinhXuLy").spliterator(), false)
                .map(PortalArrivals::progressKey).toList();
    }

    /** The latest progress's status on the portal, or the one the dossier was synchronised with. */
    private static String portalStatus(JsonNode record) {
        JsonNode steps = record.path("QuaTrinhXuLy");
        return steps.isEmpty() ? record.path("TrangThaiHoSo").asText() : steps.get(steps.size() - 1).path("TrangThai").asText();
    }

    private static List<List<String>> progressOnly(List<List<String>> changes) {
        return changes.stream().filter(change -> change.get(0).equals("PROGRESS")).toList();
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.add(resource);
        return resource;
    }

    private static long setting(String property, long otherwise) {
        String env = System.getenv(property.toUpperCase().replace('.', '_'));
        return Long.getLong(property, env == null ? otherwise : Long.parseLong(env));
    }

    /** The gateway's ERROR lines and its warnings about the audit trail (at most 40): why an answer is unexplained. */
    private String warningsAndErrors() {
        return String.join("\n", gateway.log().stream().filter(line -> line.contains(" ERROR ")
                || line.contains(" WARN ") && line.toLowerCase(Locale.ROOT).contains("audit")).limit(40).toList());
    }
}
