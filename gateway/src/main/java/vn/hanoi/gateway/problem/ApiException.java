package vn.hanoi.gateway.problem;

import java.time.Duration;
import java.util.List;

/** A request the gateway answers with a problem: its code, a detail for the caller, and field errors. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<FieldError> errors;
    private final transient Duration retryAfter;

    public ApiException(ErrorCode code, String detail) {
        this(code, detail, List.of(), null);
    }

    public ApiException(ErrorCode code, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ApiException invalid(String field, String rule, String message) {
        return new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid: " + message,
                List.of(new FieldError(field, rule, message)), null);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
