package vn.hanoi.gateway.routes.connector;

import java.io.IOException;

/** An upstream answer longer than its connector's {@code max-response-size}: the rest is not read. */
final class ResponseTooLarge extends IOException {

    ResponseTooLarge(long maxBytes) {
        super("answer longer than max-response-size (" + maxBytes + " bytes)");
    }

    /** Whether this failure, or one of its causes, is an answer cut off at its size limit. */
    static boolean among(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResponseTooLarge) {
                return true;
            }
        }
        return false;
    }
}
