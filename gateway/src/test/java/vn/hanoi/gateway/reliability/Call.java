package vn.hanoi.gateway.reliability;

import java.util.List;

/**
 * One request of the run and its answer: {@code status} -1 when no answer came (then {@code code} names the
 * exception); {@code code} is the problem's code, {@code cache} the {@code X-Cache} header, and
 * {@code unavailableSources} the sources of a prefill's {@code UNAVAILABLE} components.
 */
record Call(RequestKind kind, int expected, long startNanos, long endNanos, int status, String code,
            boolean problemJson, boolean retryAfter, String cache, List<String> unavailableSources) {

    static final int NO_ANSWER = -1;

    Call {
        unavailableSources = List.copyOf(unavailableSources);
    }
}
