package vn.hanoi.gateway.contract.faults;

/**
 * The matrix's timings: one short deadline for every connector (an attempt may take all of it), and the
 * faults' delays on either side of it, far enough that a loaded machine does not move a fault across it.
 */
final class FaultMatrixTimings {

    static final long DEADLINE_MILLIS = 3000;
    static final int JUST_UNDER_MILLIS = 1000;
    static final int PAST_MILLIS = 4500;
    /** The slow drip's record trickles in over this long: far past the deadline. */
    static final int DRIP_MILLIS = 15_000;
    static final int DRIP_CHUNKS = 30;
    static final long ASKED_RETRY_AFTER_SECONDS = 120;
    /** The matrix's max-response-size: small, so that reading up to it is quick on a loaded machine. */
    static final int MAX_RESPONSE_MEGABYTES = 1;
    /** Twice the gateway's default max-response-size (10MB). */
    static final int HUGE_BODY_BYTES = 20 * 1024 * 1024;

    private FaultMatrixTimings() {
    }
}
