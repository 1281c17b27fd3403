package vn.hanoi.gateway.input;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.testing.GatewayHttp;

/**
 * One sandbox gateway on a random port for the property tests: jqwik has no Spring extension, so the
 * application is started once, on first use, and closed by {@link #stop()} when the properties are done.
 */
final class RunningGateway {

    private static ConfigurableApplicationContext context;

    private RunningGateway() {
    }

    static synchronized int port() {
        if (context == null) {
            // As arguments: they override application.yml (its server.port is 8080), default properties do not.
            context = new SpringApplicationBuilder(GatewayApplication.class)
                    .run("--server.port=0", "--gateway.dossiers.outbox.enabled=false");
            awaitReady(((WebServerApplicationContext) context).getWebServer().getPort());
        }
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** As a load balancer would: no traffic before readiness is UP (the procedure catalogue read, among others). */
    private static void awaitReady(int port) {
        GatewayHttp http = new GatewayHttp(port);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/actuator/health/readiness").statusCode() == 200);
    }

    static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
