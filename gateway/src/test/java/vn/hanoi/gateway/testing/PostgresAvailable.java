package vn.hanoi.gateway.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresPostgres}: run, skip visibly, or (under {@code CI=true}) fail. */
final class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = TestPostgres.unreachable();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + TestPostgres.URL);
        }
        String message = "PostgreSQL at " + TestPostgres.URL + " (user " + TestPostgres.USER + ") is unreachable ("
                + problem.get() + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + ": CI=true, so this fails instead of skipping");
        }
        String skipped = "SKIPPED " + context.getDisplayName() + ": " + message + "; start it (.ci/run does) to run it";
        System.err.println(skipped);
        return ConditionEvaluationResult.disabled(skipped);
    }
}
