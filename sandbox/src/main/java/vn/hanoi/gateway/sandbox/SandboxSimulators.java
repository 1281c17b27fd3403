package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the simulators when {@code gateway.sandbox.enabled} is true (the default) and points every
 * connector's {@code base-url} (and the platform's, {@link PlatformSimulator}) at its simulator, before any bean is created; stops them with the context.
 * A connector whose {@code base-url} is configured explicitly keeps it and gets no simulator (e.g. a test's
 * own stub of one system, the rest simulated). Registered in {@code META-INF/spring.factories}.
 */
public final class SandboxSimulators implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ENABLED = "gateway.sandbox.enabled";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxSimulators.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        SandboxFixtures fixtures = new SandboxFixtures();
        Map<String, WireMockServer> servers = new HashMap<>();
        Map<String, Object> baseUrls = new HashMap<>();
        for (Simulator simulator : Simulators.all()) {
            if (environment.containsProperty(simulator.baseUrlKey())) {
                continue;
            }
            simulator.locate(system -> environment.getProperty("gateway.connectors." + system + ".base-url"));
            WireMockServer server = new WireMockServer(options()
                    .bindAddress("127.0.0.1")
                    .dynamicPort()
                    .disableRequestJournal()
                    .extensions(simulator.extensions(fixtures))
                    .notifier(new Slf4jNotifier(false)));
            server.start();
            simulator.stub(server, fixtures);
            servers.put(simulator.system(), server);
            baseUrls.put(simulator.baseUrlKey(), "http://127.0.0.1:" + server.port());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("sandbox-simulators", baseUrls));
        SandboxServers running = new SandboxServers(servers);
        context.getBeanFactory().registerSingleton("sandboxServers", running);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                running.stopAll();
            }
        });
        LOG.info("Sandbox mode: {} national-system simulators started on 127.0.0.1", servers.size());
    }
}
