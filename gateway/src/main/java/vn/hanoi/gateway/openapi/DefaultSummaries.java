package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Every operation has a summary (OpenAPI linters require one): an endpoint that does not state one with
 * {@code @Operation(summary = …)} gets its handler's name in words, e.g. {@code progress} → "Progress",
 * {@code parkedEntries} → "Parked entries". Stating a real summary on the endpoint is better.
 */
@Component
class DefaultSummaries implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(inWords(handler.getMethod().getName()));
        }
        return operation;
    }

    static String inWords(String methodName) {
        String spaced = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
