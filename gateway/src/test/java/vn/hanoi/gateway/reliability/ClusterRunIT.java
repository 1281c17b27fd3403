package vn.hanoi.gateway.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.hanoi.gateway.audit.TestCheckpointKeys;
import vn.hanoi.gateway.sandbox.StandaloneSimulator;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.GatewayProcess;
import vn.hanoi.gateway.testing.TestPostgres;

/**
 * The cluster run of issue #17.4, run by {@code bench/cluster.sh} (not by {@code mvn verify}: three gateways and
 * nginx are minutes of a 2-core machine). Three gateway jars with the production profile (PostgreSQL, Redis; the
 * sandbox profile under it only for its published clients and upstream credentials) behind nginx, the national
 * systems' simulators on loopback, population and the portal flapping as in {@link LoadWithFaultsIT}; that run's
 * virtual counters call nginx; one instance is killed with -9 a third into the load and started again. Prints the
 * report: requests answered and explained, dossier changes accepted vs delivered in order, how often the intake
 * ran, and whether a client's limit held across the instances.
 */
@EnabledIfSystemProperty(named = "reliability.cluster", matches = "true")
class ClusterRunIT {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("reliability.load.seconds", 120));
    private static final int CALLERS = Integer.getInteger("reliability.load.callers", 8);
    private static final Duration INTAKE_PERIOD = Duration.ofSeconds(2);
    private static final int LIMIT = 30;

    @TempDir
    Path work;

    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<GatewayProcess> gateways = Collections.synchronizedList(new ArrayList<>());
    private Process nginx;

    @AfterEach
    void stop() throws Exception {
        gateways.forEach(GatewayProcess::kill);
        if (nginx != null) {
            nginx.destroyForcibly().waitFor();
        }
        Collections.reverse(running);
        for (AutoCloseable resource : running) {
            resource.close();
        }
    }

    @Test
    void threeInstancesBehindNginxLoseNothingRunJobsOnceAndHoldLimitsWhileOneIsKilled() throws Exception {
        FlappingUpstream population = keep(new FlappingUpstream("population",
                keep(StandaloneSimulator.start("population")).baseUrl(), "text/xml; charset=utf-8", Duration.ofSeconds(6)));
        StandaloneSimulator portal = keep(StandaloneSimulator.start("npsp"));
        FlappingUpstream npsp = keep(new FlappingUpstream("npsp", portal.baseUrl(), "application/json; charset=utf-8",
                Duration.ofSeconds(6)));
        String schema = TestPostgres.newSchema();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=sandbox,production",
                "--spring.data.redis.host=127.0.0.1",
                "--gateway.cache.key-secret=cluster-run-cache-key-secret-" + run,
                "--gateway.cache.value-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "--gateway.cache.redis.key-prefix=cluster-" + run + ":lookup:",
                "--gateway.rate-limit.shared.key-prefix=cluster-" + run + ":rate-limit:",
                "--gateway.warehouse.directory=" + work.resolve("warehouse"),
                "--gateway.audit.checkpoint.private-key=" + TestCheckpointKeys.PRIVATE_KEY,
                "--gateway.audit.checkpoint.public-key=" + TestCheckpointKeys.PUBLIC_KEY,
                "--gateway.connectors.business.base-url=" + keep(StandaloneSimulator.start("business")).baseUrl(),
                "--gateway.connectors.insurance.base-url=" + keep(StandaloneSimulator.start("insurance")).baseUrl(),
                "--gateway.connectors.land.base-url=" + keep(StandaloneSimulator.start("land")).baseUrl(),
                "--gateway.connectors.civil-status.base-url=" + keep(StandaloneSimulator.start("civil-status")).baseUrl(),
                "--gateway.intake.initial-delay=1s",
                "--gateway.intake.poll-interval=" + INTAKE_PERIOD.toMillis() + "ms",
                "--gateway.jobs.lock.at-most-for=20s",
                "--gateway.rate-limit.clients.district-limited.limit-for-period=" + LIMIT,
                "--gateway.rate-limit.clients.district-limited.limit-refresh-period=1h"));
        args.addAll(LoadWithFaultsIT.underLoad(population.baseUrl(), npsp.baseUrl()));
        TestPostgres.properties(schema).forEach((key, value) -> args.add("--" + key + "=" + value));

        for (int instance = 0; instance < 3; instance++) {
            // one after the other: three JVMs starting at once on 2 busy cores take longer than the three in turn
            gateways.add(GatewayProcess.start(work, args));
        }
        int balancer = startNginx(gateways.stream().map(GatewayProcess::port).toList());
        GatewayHttp http = new GatewayHttp(balancer);
        long started = System.nanoTime();

        List<String> limited = new ArrayList<>();
        for (int i = 0; i < 3 * LIMIT; i++) {
            limited.add(Integer.toString(http.get("/api/v1/citizens/001305885451", "X-API-Key", "sandbox-limited-key",
                    "X-Dossier-Code", "D-LIMIT", "X-Officer-Id", "can-bo-1").statusCode()));
        }

        List<VirtualCaller> callers;
        List<FaultSchedule.Window> windows;
        GatewayProcess victim = gateways.get(1);
        CompletableFuture<Void> killAndRestart;
        try (FaultSchedule schedule = new FaultSchedule(List.of(population, npsp), Duration.ofSeconds(10),
                Duration.ofSeconds(4))) {
            schedule.start();
            killAndRestart = CompletableFuture.runAsync(() -> {
                sleep(LOAD.dividedBy(3));
                victim.kill();
                System.out.printf("CLUSTER killed -9 the instance on port %d at %d s%n", victim.port(),
                        Duration.ofNanos(System.nanoTime() - started).toSeconds());
                gateways.remove(victim);
                sleep(Duration.ofSeconds(5));
                GatewayProcess again = GatewayProcess.start(work, args);
                gateways.add(again);
                System.out.printf("CLUSTER restarted it (now port %d, not behind nginx) at %d s%n", again.port(),
                        Duration.ofNanos(System.nanoTime() - started).toSeconds());
            });
            callers = LoadWithFaultsIT.runCallers(balancer, CALLERS, LOAD);
            schedule.close();
            windows = schedule.windows();
        }
        killAndRestart.join();
        LoadReport report = new LoadReport(callers.stream().flatMap(c -> c.calls().stream()).toList(),
                new Explanations(windows, fault -> Duration.ofSeconds(fault == UpstreamFault.SLOW_PAST_DEADLINE ? 8 : 5)),
                LOAD, windows);
        List<TrackedDossier> dossiers = callers.stream().flatMap(c -> c.dossiers().stream())
                .filter(d -> !d.accepted().isEmpty()).toList();
        long accepted = dossiers.stream().mapToLong(d -> d.accepted().size()).sum();

        GatewayHttp first = new GatewayHttp(gateways.get(0).port());
        await("the outbox drained").atMost(LOAD.multipliedBy(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> LoadWithFaultsIT.gauge(first, "gateway_outbox_depth").orElse(-1.0) == 0.0);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        long intakeRuns = portal.portalCalls().stream()
                .filter(call -> call.path("service").asText().equals("LayDanhSachHoSoTrucTuyen")).count();
        PortalArrivals arrivals = PortalArrivals.of(portal.portalCalls());

        System.out.println(report.table());
        System.out.printf("CLUSTER requests answered: %d; unexplained: %s%n", callers.stream()
                .mapToLong(c -> c.calls().size()).sum(), report.unexplained());
        System.out.printf("CLUSTER dossiers: %d, changes accepted: %d, received by the portal: %d (%d a repeat of the one"
                + " just before)%n", dossiers.size(), accepted, arrivals.received(), arrivals.repeats());
        // A run holds the lock at least half the period: at most two runs a period between the instances (one
        // instance alone: one; three without the lock: three). Each run asks for one page or more.
        System.out.printf("CLUSTER intake pages asked: %d in %d s with a %d s period (locked: at most %d runs; three"
                + " instances without the lock: about %d)%n", intakeRuns, seconds, INTAKE_PERIOD.toSeconds(),
                seconds / INTAKE_PERIOD.toSeconds() * 2, 3 * seconds / INTAKE_PERIOD.toSeconds());
        System.out.printf("CLUSTER rate limit %d/h, %d requests through nginx (three instances): %s%n", LIMIT,
                3 * LIMIT, limited.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));

        assertThat(limited.stream().filter("200"::equals).count()).as("the limit held cluster-wide").isEqualTo(LIMIT);
        LoadWithFaultsIT.assertPortalHoldsWhatTheGatewayAccepted(dossiers, portal, first);
    }

    /** nginx as docs/deployment.md configures it, on a free loopback port, in front of {@code ports}. */
    private int startNginx(List<Integer> ports) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Files.createDirectories(work.resolve("nginx"));
        StringBuilder servers = new StringBuilder();
        ports.forEach(p -> servers.append("    server 127.0.0.1:").append(p).append(" max_fails=3 fail_timeout=10s;\n"));
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  upstream hanoi_gateway {
                %2$s    least_conn;
                    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://hanoi_gateway;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 10s;
                      proxy_send_timeout 10s;
                      proxy_next_upstream error;
                      proxy_next_upstream_tries 2;
                    }
                  }
                }
                """.formatted(dir, servers, port));
        nginx = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        await("nginx listening").atMost(Duration.ofSeconds(10)).until(() -> {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                return false;
            }
        });
        return port;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.add(resource);
        return resource;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
