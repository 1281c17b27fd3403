package vn.hanoi.gateway.problem;

import org.springframework.http.HttpStatus;
import vn.hanoi.gateway.routes.connector.FailureKind;

/** The error codes of the public contract ({@code API.md}), each with its HTTP status and title. */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "The request is not valid"),
    PURPOSE_REQUIRED(HttpStatus.BAD_REQUEST, "The purpose of the lookup must be stated"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "No valid credential"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Outside the client's entitlements"),
    /** The stated dossier is unknown, or the subject read is no party to it. */
    PURPOSE_MISMATCH(HttpStatus.FORBIDDEN, "The data read is not for the stated dossier"),
    /** Not in the contract's table: a person's bearer token names another officer than X-Officer-Id. */
    OFFICER_MISMATCH(HttpStatus.FORBIDDEN, "The officer is not the token's"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "No such record"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "State conflict"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "The body is too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
    /** A warehouse document a request names that the warehouse does not hold for the dossier's applicant. */
    DOCUMENT_NOT_FOUND(HttpStatus.UNPROCESSABLE_ENTITY, "A document is not in the warehouse"),
    /** A warehouse document a request names that is larger than where it goes takes (the portal: 10 MB; the axis: 10 MiB). */
    DOCUMENT_TOO_LARGE(HttpStatus.UNPROCESSABLE_ENTITY, "A document is too large"),
    /** A result document that is not a PDF whose last signature verifies (API.md "Results"). */
    SIGNATURE_INVALID(HttpStatus.UNPROCESSABLE_ENTITY, "A document's signature is not valid"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed"),
    /** A warehouse file whose bytes no longer match the SHA-256 recorded when it was stored: never served. */
    DOCUMENT_INTEGRITY_FAILED(HttpStatus.INTERNAL_SERVER_ERROR, "The stored document failed its integrity check"),
    UPSTREAM_ERROR(HttpStatus.BAD_GATEWAY, "The national system answered something unusable"),
    UPSTREAM_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The national system is unavailable"),
    UPSTREAM_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "The national system did not answer in time"),
    /** Not in the contract's table: personal data is not answered when its access cannot be audited. */
    AUDIT_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The access cannot be audited"),
    /** Not in the contract's table: the gateway's database cannot be reached, so a write is not taken. */
    STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "The gateway's store is unavailable"),
    /** Just started and the procedure catalogue not read yet: a procedure it does not hold may yet be in it. */
    CATALOGUE_NOT_READY(HttpStatus.SERVICE_UNAVAILABLE, "The procedure catalogue has not been read yet");

    private final HttpStatus status;
    private final String title;

    /**
     * What the caller is told when a national system failed so, for every call the gateway makes: 504 when it
     * was too slow, 404 when it holds no such thing, 502 when it answered what the gateway cannot use, 503 when
     * it is unavailable (come back later).
     */
    public static ErrorCode forUpstream(FailureKind kind) {
        return switch (kind) {
            case NOT_FOUND -> NOT_FOUND;
            case REJECTED_REQUEST, MALFORMED_RESPONSE -> UPSTREAM_ERROR;
            case TIMEOUT -> UPSTREAM_TIMEOUT;
            default -> UPSTREAM_UNAVAILABLE;
        };
    }

    ErrorCode(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The problem {@code type} URI. */
    public String type() {
        return "urn:hanoi-gateway:problem:" + name().toLowerCase().replace('_', '-');
    }
}
