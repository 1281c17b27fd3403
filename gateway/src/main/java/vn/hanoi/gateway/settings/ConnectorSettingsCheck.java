package vn.hanoi.gateway.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/**
 * Refuses to start a gateway that lacks an upstream's base URL or credentials, naming every missing key and its
 * environment variable, before any connector is built (a connector without them would fail later, on a caller's
 * request, or start with a confusing error). In the sandbox the simulators set every base URL and
 * {@code application-sandbox.yml} the credentials, so this only ever speaks when the sandbox is off, or when the
 * artifact has none ({@code gateway-production.jar}). The keys each register needs are in its descriptor
 * ({@link RegisterDescriptor#credentialKeys()}); the portal's are here, the portal being the gateway's own. A register
 * reached through the national data-sharing platform ({@code transport: platform}) needs its provider code instead
 * of its own base URL and credentials, and then the platform's settings ({@code gateway.platform.*}) are required.
 */
@Component
class ConnectorSettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PORTAL = "npsp";
    static final List<String> PORTAL_CREDENTIALS = List.of("username", "password", "unit-code");
    static final String SANDBOX_ENABLED = "gateway.sandbox.enabled";
    static final List<String> PLATFORM_SETTINGS = List.of("gateway.platform.base-url", "gateway.platform.consumer-code",
            "gateway.platform.consumer-secret");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> missing = missing(environment, Registers.scan());
        if (!missing.isEmpty()) {
            boolean sandboxOff = !environment.getProperty(SANDBOX_ENABLED, Boolean.class, true);
            throw new IllegalStateException("The gateway cannot reach its upstreams: set "
                    + String.join(", ", missing) + ". "
                    + (sandboxOff ? "The sandbox is off (" + SANDBOX_ENABLED + "=false)."
                            : "This artifact has no sandbox: run gateway.jar for the simulators, or configure "
                                    + "every connector (docs/deployment.md)."));
        }
    }

    /** Each missing setting as {@code key (ENV_VARIABLE)}. */
    static List<String> missing(Environment environment, Registers registers) {
        List<String> missing = new ArrayList<>();
        Stream<Connector> connectors = Stream.concat(
                registers.all().stream().map(register -> new Connector(register.name(), register.credentialKeys())),
                Stream.of(new Connector(PORTAL, PORTAL_CREDENTIALS)));
        List<String> onPlatform = new ArrayList<>();
        connectors.forEach(connector -> {
            boolean platform = "platform".equalsIgnoreCase(environment.getProperty(
                    "gateway.connectors." + connector.name() + ".transport",
                    environment.getProperty("gateway.connector-defaults.transport", "direct")));
            if (platform) {
                onPlatform.add(connector.name());
            }
            (platform ? Stream.of("platform.provider")
                    : Stream.concat(Stream.of("base-url"), connector.credentials().stream()))
                    .map(key -> "gateway.connectors." + connector.name() + "." + key)
                    .forEach(key -> requireText(environment, key, missing));
        });
        if (!onPlatform.isEmpty()) {
            PLATFORM_SETTINGS.forEach(key -> requireText(environment, key, missing));
        }
        return missing;
    }

    private static void requireText(Environment environment, String key, List<String> missing) {
        if (!hasText(environment.getProperty(key))) {
            missing.add(key + " (" + environmentVariable(key) + ")");
        }
    }

    private record Connector(String name, List<String> credentials) {
    }

    /** Spring Boot's relaxed binding: dots to underscores, dashes dropped, upper case. */
    static String environmentVariable(String key) {
        return key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
