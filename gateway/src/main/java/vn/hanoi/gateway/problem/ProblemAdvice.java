package vn.hanoi.gateway.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error that reaches Spring MVC becomes problem+json with the contract's code: the gateway's own
 * {@link ApiException}s, Spring's own (unknown path, wrong method, unreadable body, wrong media type),
 * the database out of reach ({@link StoreFailures}: 503 {@code STORE_UNAVAILABLE} with {@code Retry-After}),
 * and anything unexpected, which is a 500 without a stack trace.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems problems;

    private final Duration storeRetryAfter;

    ProblemAdvice(Problems problems, @Value("${gateway.store.retry-after}") Duration storeRetryAfter) {
        this.problems = problems;
        this.storeRetryAfter = storeRetryAfter;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> onApiException(ApiException failure, HttpServletRequest request) {
        return problems.entity(failure.code(), failure.getMessage(), request.getRequestURI(), failure.errors(),
                failure.retryAfter());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> onPayloadTooLarge(PayloadTooLargeException failure, HttpServletRequest request) {
        return problems.entity(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCodes.detailFor(ErrorCode.PAYLOAD_TOO_LARGE),
                request.getRequestURI(), List.of(), null);
    }

    /** A header the security firewall refuses to read, read lazily by an endpoint. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> onRejected(RequestRejectedException failure, HttpServletRequest request) {
        return problems.entity(ErrorCode.VALIDATION_FAILED, "A header holds characters the gateway does not accept.",
                request.getRequestURI(), List.of(), null);
    }

    /** A multipart body that cannot be parsed (no boundary, cut short); one over the size limit is 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> onMalformedMultipart(MultipartException failure, HttpServletRequest request) {
        if (cutAtTheLimit(failure)) {
            return onPayloadTooLarge(null, request);
        }
        return problems.entity(ErrorCode.VALIDATION_FAILED, ErrorCodes.detailFor(ErrorCode.VALIDATION_FAILED),
                request.getRequestURI(), List.of(new FieldError("body", "MALFORMED_MULTIPART",
                        "the body is not well-formed multipart/form-data")), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onUnexpected(Exception failure, HttpServletRequest request) {
        if (StoreFailures.isUnavailable(failure)) {
            LOG.warn("The database is unavailable ({}): answered {}", failure.getClass().getName(),
                    ErrorCode.STORE_UNAVAILABLE);
            return problems.entity(ErrorCode.STORE_UNAVAILABLE, "The gateway cannot reach its database, so nothing "
                    + "was stored; send the same request again after Retry-After.", request.getRequestURI(), List.of(),
                    storeRetryAfter);
        }
        // The message may quote request data: log only the type; the correlation id ties it to the request.
        LOG.error("Unexpected failure ({})", failure.getClass().getName());
        return problems.entity(ErrorCode.INTERNAL_ERROR, "The gateway failed; quote the correlation id.",
                request.getRequestURI(), List.of(), null);
    }

    /** An unreadable body: 413 when it was cut at the size limit, else 400 naming what was wrong with it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
        if (cutAtTheLimit(failure)) {
            return problems.entity(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCodes.detailFor(ErrorCode.PAYLOAD_TOO_LARGE),
                    path, List.of(), null);
        }
        return problems.entity(ErrorCode.VALIDATION_FAILED, ErrorCodes.detailFor(ErrorCode.VALIDATION_FAILED),
                path, BodyErrors.of(failure.getCause(), "body"), null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ErrorCode code = ErrorCodes.forStatus(status.value());
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
        ResponseEntity<Object> problem = problems.entity(code, ErrorCodes.detailFor(code), path, List.of(), null);
        HttpHeaders merged = new HttpHeaders();
        merged.addAll(problem.getHeaders());
        headers.forEach((name, values) -> {
            if (HttpHeaders.ALLOW.equalsIgnoreCase(name)) {
                merged.put(name, values);
            }
        });
        return new ResponseEntity<>(problem.getBody(), merged, code.status());
    }

    private static boolean cutAtTheLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
