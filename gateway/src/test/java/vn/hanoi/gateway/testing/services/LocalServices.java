package vn.hanoi.gateway.testing.services;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The services on this machine that {@code .ci/run} starts: a test annotated {@link RequiresRedis} or
 * {@link RequiresPostgres} runs when they answer; otherwise it is skipped, saying so on the console,
 * except under {@code CI=true}, where a missing service fails it.
 */
public final class LocalServices implements ExecutionCondition {

    public static final String REDIS_HOST = "127.0.0.1";
    public static final int REDIS_PORT = 6379;
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "root";
    private static final int POSTGRES_PORT = 5432;
    private static final int TIMEOUT_MILLIS = 1000;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (requires(context, RequiresRedis.class) && !redisAnswers()) {
            return missing(context, "Redis on " + REDIS_HOST + ":" + REDIS_PORT);
        }
        if (requires(context, RequiresPostgres.class) && !accepts(POSTGRES_PORT)) {
            return missing(context, "PostgreSQL on 127.0.0.1:" + POSTGRES_PORT);
        }
        return ConditionEvaluationResult.enabled("local services answer");
    }

    private static boolean requires(ExtensionContext context, Class<? extends java.lang.annotation.Annotation> annotation) {
        return context.getTestClass().map(type -> AnnotationSupport.isAnnotated(type, annotation)).orElse(false);
    }

    private static ConditionEvaluationResult missing(ExtensionContext context, String service) {
        String message = service + " is not reachable: " + context.getDisplayName() + " needs it (.ci/run starts it)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; CI=true, so this is a failure, not a skip");
        }
        System.err.println("[SKIPPED] " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    private static boolean redisAnswers() {
        try (Socket socket = connect(REDIS_PORT)) {
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(5);
            return "+PONG".equals(new String(answer, StandardCharsets.US_ASCII));
        } catch (IOException unreachable) {
            return false;
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = connect(port)) {
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        return socket;
    }
}
