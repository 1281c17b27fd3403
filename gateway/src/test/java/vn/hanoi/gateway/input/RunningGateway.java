package vn.hanoi.gateway.input;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gateway.GatewayApplication;

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
        }
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static synchronized void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
