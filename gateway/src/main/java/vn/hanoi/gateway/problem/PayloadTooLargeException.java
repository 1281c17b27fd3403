package vn.hanoi.gateway.problem;

import java.io.IOException;

/** A request body read past the configured limit; answered 413 {@code PAYLOAD_TOO_LARGE}. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the body is over " + limit + " bytes");
    }
}
