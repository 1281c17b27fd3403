package vn.hanoi.gateway.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.gateway.GatewayApplication;
import vn.hanoi.gateway.audit.TestCheckpointKeys;
import vn.hanoi.gateway.testing.GatewayHttp;
import vn.hanoi.gateway.testing.UnusedConnectors;
import vn.hanoi.gateway.testing.services.LocalServices;

/**
 * Gateway instances as production runs them (the production profile, on a random port), on the local
 * PostgreSQL in a schema of this run and the local Redis under a key prefix of this run, their population
 * connector pointed at a test register and the other connectors nowhere. {@link #close()} stops them and
 * the register, and removes the schema and the keys.
 */
final class ProductionGateway implements AutoCloseable {

    static final String API_KEY = "production-test-key";
    /**
     * These tests are about the shared cache, for citizens no dossier names: they read under the purpose check's
     * audited override, which the client is entitled to (PurposeBindingIT tests the check itself).
     */
    private static final String[] PURPOSE = {"X-Dossier-Code", "000.00.00.H00-261201-0001", "X-Officer-Id", "can-bo-1",
            "X-Purpose-Override", "cache test without a dossier"};

    final String keyPrefix = "gateway-test:" + UUID.randomUUID() + ":";
    private final String schema = "gateway_test_" + UUID.randomUUID().toString().replace("-", "");
    private final String keySecret = UUID.randomUUID().toString();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private boolean usedLocalRedis;

    final PopulationRegisterStub register;

    /** The gateways of this test, serving the fixture citizens {@code personalIds} from a register of their own. */
    ProductionGateway(String... personalIds) {
        sql("CREATE SCHEMA " + schema);
        register = new PopulationRegisterStub();
        for (String personalId : personalIds) {
            register.serving(personalId);
        }
    }

    /** Starts one more instance; {@code overrides} win over everything else. */
    int start(Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>(Map.ofEntries(
                Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", LocalServices.POSTGRES_URL + "?currentSchema=" + schema),
                Map.entry("spring.datasource.username", LocalServices.POSTGRES_USER),
                Map.entry("spring.datasource.password", ""),
                Map.entry("spring.flyway.schemas", schema),
                Map.entry("spring.data.redis.host", LocalServices.REDIS_HOST),
                Map.entry("spring.data.redis.port", String.valueOf(LocalServices.REDIS_PORT)),
                Map.entry("spring.data.redis.timeout", "2s"),
                Map.entry("gateway.cache.redis.key-prefix", keyPrefix),
                Map.entry("gateway.cache.key-secret", keySecret),
                // 32 bytes, base64: the AES key of the values held in Redis.
                Map.entry("gateway.cache.value-key", "dGVzdC12YWx1ZS1rZXktMzItYnl0ZXMtbG9uZy4uLi4="),
                Map.entry("gateway.audit.subject-key", "test-audit-subject-key-of-at-least-32-bytes"),
                Map.entry("gateway.audit.checkpoint.private-key", TestCheckpointKeys.PRIVATE_KEY),
                Map.entry("gateway.audit.checkpoint.public-key", TestCheckpointKeys.PUBLIC_KEY),
                Map.entry("gateway.warehouse.directory", System.getProperty("java.io.tmpdir") + "/gateway-warehouse-" + schema),
                Map.entry("gateway.clients.one-stop.api-key-sha256", sha256(API_KEY)),
                Map.entry("gateway.clients.one-stop.datasets", "population,ops,purpose-override"),
                Map.entry("gateway.connectors.population.base-url", register.baseUrl()),
                Map.entry("gateway.connectors.population.client-id", "hanoi-gateway"),
                Map.entry("gateway.connectors.population.client-secret", "test-secret"),
                // No portal here: with the catalogue synchronised, readiness would wait for it for ever.
                Map.entry("gateway.catalogue.enabled", "false")));
        UnusedConnectors.settings().forEach(settings::putIfAbsent);
        settings.putAll(overrides);
        usedLocalRedis |= !overrides.containsKey("spring.data.redis.port");
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("production")
                .run(args);
        instances.add(context);
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** {@code GET path} on the instance at {@code port}, as the one-stop shop with a purpose. */
    static HttpResponse<String> get(int port, String path) {
        return new GatewayHttp(port).get(path, GatewayHttp.with(new String[] {"X-API-Key", API_KEY}, PURPOSE));
    }

    @Override
    public void close() {
        try {
            instances.forEach(ConfigurableApplicationContext::close);
            if (usedLocalRedis) {
                try (TestRedis redis = new TestRedis(LocalServices.REDIS_HOST, LocalServices.REDIS_PORT)) {
                    TestRedis.deleteAll(redis.template, keyPrefix);
                }
            }
        } finally {
            register.close();
            sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(LocalServices.POSTGRES_URL, LocalServices.POSTGRES_USER,
                LocalServices.POSTGRES_PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
