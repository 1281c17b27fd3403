package vn.hanoi.gateway.problem;

/** The contract's code for an HTTP status the framework produced, and a plain detail for it. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.VALIDATION_FAILED;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ErrorCode.RATE_LIMITED;
            case 502 -> ErrorCode.UPSTREAM_ERROR;
            case 503 -> ErrorCode.UPSTREAM_UNAVAILABLE;
            case 504 -> ErrorCode.UPSTREAM_TIMEOUT;
            default -> status >= 400 && status < 500 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL_ERROR;
        };
    }

    static String detailFor(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> "The request could not be read: check its syntax, parameters and body.";
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method; see the Allow header.";
            case NOT_ACCEPTABLE -> "The gateway answers application/json or application/problem+json.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json.";
            case PAYLOAD_TOO_LARGE -> "The body is over the configured limit.";
            default -> code.title() + ".";
        };
    }
}
