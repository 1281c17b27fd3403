package vn.hanoi.gateway.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.hanoi.gateway.testing.services.LocalServices;

/**
 * The local PostgreSQL for tests ({@link LocalServices}; a test using it is {@code @Requires(Service.POSTGRES)}). Each caller gets a schema of its own ({@code gw_test_…}, created here, dropped
 * when the JVM exits), so that test runs and test classes never see each other's rows.
 */
public final class TestPostgres {

    private static final String URL = LocalServices.POSTGRES_URL;
    private static final String USER = LocalServices.POSTGRES_USER;
    private static final String PASSWORD = LocalServices.POSTGRES_PASSWORD;
    private static final List<String> CREATED = new ArrayList<>();

    private TestPostgres() {
    }

    /** A new, empty schema. */
    public static synchronized String newSchema() {
        String schema = "gw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        if (CREATED.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropAll));
        }
        CREATED.add(schema);
        return schema;
    }

    /** The gateway's datasource and Flyway on {@code schema}. */
    public static Map<String, Object> properties(String schema) {
        return Map.of(
                "spring.datasource.url", URL + "?currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema);
    }

    /**
     * A proxy in front of this PostgreSQL ({@link TcpProxy}: cut it and the database is gone for whoever
     * connects through it), and {@link #properties} of {@code schema} reached through it.
     */
    public static Proxied throughProxy(String schema) {
        URI address = URI.create(URL.substring("jdbc:".length()));
        TcpProxy proxy = new TcpProxy(address.getHost(), address.getPort());
        Map<String, Object> properties = new HashMap<>(properties(schema));
        properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + address.getPath()
                + "?currentSchema=" + schema);
        return new Proxied(proxy, Map.copyOf(properties));
    }

    /** A schema reached through a proxy that can cut it off. */
    public record Proxied(TcpProxy proxy, Map<String, Object> properties) {
    }

    /** For {@code @DynamicPropertySource}: the gateway on a fresh schema. */
    public static void register(DynamicPropertyRegistry registry) {
        properties(newSchema()).forEach((key, value) -> registry.add(key, () -> value));
    }

    private static synchronized void dropAll() {
        CREATED.forEach(schema -> {
            try {
                execute("SET lock_timeout = '5s'; DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (IllegalStateException ignored) {
                // Best effort at exit: a schema left behind is harmless, its name is unique.
            }
        });
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("PostgreSQL: " + failure.getMessage(), failure);
        }
    }
}
