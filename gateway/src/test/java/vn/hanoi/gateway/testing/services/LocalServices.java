package vn.hanoi.gateway.testing.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The external services of the tests, with the one set of settings every test reaches them by, and the condition
 * behind {@link Requires}: a test runs when each service it needs answers; otherwise it is skipped with a message on
 * the console, except under {@code CI=true}, where a missing service fails it ({@code .ci/run} starts PostgreSQL
 * and Redis and installs Chromium and Prometheus, so nothing may be missing there). Each service is probed once per
 * JVM. Settings: {@code GATEWAY_TEST_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}, {@code GATEWAY_TEST_REDIS_HOST},
 * {@code _PORT}; by default this machine's (trust authentication, database {@code test}).
 */
public final class LocalServices implements ExecutionCondition {

    public static final String POSTGRES_URL = setting("POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = setting("POSTGRES_USER", "postgres");
    public static final String POSTGRES_PASSWORD = setting("POSTGRES_PASSWORD", "");
    public static final String REDIS_HOST = setting("REDIS_HOST", "127.0.0.1");
    public static final int REDIS_PORT = Integer.parseInt(setting("REDIS_PORT", "6379"));
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path PROMETHEUS = Path.of("/usr/bin/prometheus");
    private static final int TIMEOUT_SECONDS = 3;
    private static final Map<Service, Optional<String>> PROBED = new ConcurrentHashMap<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Service[] needed = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, Requires.class))
                .map(Requires::value).orElse(new Service[0]);
        for (Service service : needed) {
            Optional<String> problem = PROBED.computeIfAbsent(service, LocalServices::problemWith);
            if (problem.isPresent()) {
                return missing(context, service, problem.get());
            }
        }
        return ConditionEvaluationResult.enabled("available: " + Arrays.toString(needed));
    }

    private static ConditionEvaluationResult missing(ExtensionContext context, Service service, String problem) {
        String message = service.what() + " is not available (" + problem + "): " + context.getDisplayName()
                + " needs it (" + service.howToGetIt() + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; CI=true, so this is a failure, not a skip");
        }
        System.err.println("[SKIPPED] " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    /** Why the service cannot be used, or empty when it can. */
    private static Optional<String> problemWith(Service service) {
        return switch (service) {
            case POSTGRES -> postgresProblem();
            case REDIS -> redisProblem();
            case CHROMIUM -> notInstalled(CHROMIUM, CHROMEDRIVER);
            case PROMETHEUS -> notInstalled(PROMETHEUS);
        };
    }

    private static Optional<String> postgresProblem() {
        DriverManager.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
            return Optional.empty();
        } catch (SQLException failure) {
            return Optional.of(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private static Optional<String> redisProblem() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(REDIS_HOST, REDIS_PORT), TIMEOUT_SECONDS * 1000);
            socket.setSoTimeout(TIMEOUT_SECONDS * 1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(5), StandardCharsets.US_ASCII);
            return "+PONG".equals(answer) ? Optional.empty() : Optional.of("PING was not answered PONG");
        } catch (IOException unreachable) {
            return Optional.of(unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage());
        }
    }

    private static Optional<String> notInstalled(Path... executables) {
        return Stream.of(executables).filter(path -> !Files.isExecutable(path)).findFirst()
                .map(path -> path + " is not installed");
    }

    private static String setting(String name, String fallback) {
        return Optional.ofNullable(System.getenv("GATEWAY_TEST_" + name)).filter(value -> !value.isBlank())
                .orElse(fallback);
    }
}
