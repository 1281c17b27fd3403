package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hanoi.gateway.problem.ErrorCode;

/** The problem+json answers of the OpenAPI document: one response per status, one example per code. */
final class ProblemDocs {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "#/components/schemas/Problem";
    private static final String EXAMPLE_CORRELATION_ID = "5f0c7a52-8d0e-4a5b-9f51-1c8f0d2a7e11";

    private ProblemDocs() {
    }

    /** Adds each code's problem to the operation's responses, merging codes that share a status. */
    static void add(Operation operation, ErrorCode... codes) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        for (ErrorCode code : codes) {
            String status = Integer.toString(code.status().value());
            ApiResponse response = operation.getResponses().computeIfAbsent(status, s -> new ApiResponse()
                    .description(code.status().getReasonPhrase())
                    .content(new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(SCHEMA)))));
            MediaType media = response.getContent() == null ? null : response.getContent().get(MEDIA_TYPE);
            if (media == null) {
                continue;
            }
            media.addExamples(code.name(), new Example().summary(code.title()).value(example(code)));
            if (code == ErrorCode.UPSTREAM_UNAVAILABLE || code == ErrorCode.RATE_LIMITED) {
                response.addHeaderObject("Retry-After", new Header()
                        .description("Seconds to wait before asking again")
                        .schema(new IntegerSchema().minimum(BigDecimal.ONE)));
            }
        }
    }

    /** An example problem; its {@code instance} is set to the operation's path when the document is complete. */
    static Map<String, Object> example(ErrorCode code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", code.type());
        problem.put("title", code.title());
        problem.put("status", code.status().value());
        problem.put("detail", detail(code));
        problem.put("instance", "/");
        problem.put("code", code.name());
        problem.put("correlationId", EXAMPLE_CORRELATION_ID);
        if (code == ErrorCode.VALIDATION_FAILED) {
            problem.put("errors", List.of(Map.of("field", "personalId", "code", "INVALID_PERSONAL_ID",
                    "message", "a personal id is 12 digits")));
        }
        return problem;
    }

    private static String detail(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request is not valid: a personal id is 12 digits";
            case PURPOSE_REQUIRED -> "Personal data needs X-Dossier-Code and X-Officer-Id.";
            case UNAUTHENTICATED -> "The API key is not valid.";
            case FORBIDDEN -> "Client district-limited is not entitled to audit.";
            case NOT_FOUND -> "The register holds no such record.";
            case UPSTREAM_ERROR -> "The national system answered something the gateway cannot use.";
            case UPSTREAM_UNAVAILABLE -> "The national system is unavailable (circuit_open).";
            case UPSTREAM_TIMEOUT -> "The national system did not answer within the deadline.";
            default -> code.title() + ".";
        };
    }
}
