package vn.hanoi.gateway.contract;

/**
 * One row of a register's scenario table: the stub (named after the scenario), the identifier that
 * selects it, and the answer the public contract ({@code API.md}) gives the caller for it.
 */
public record Scenario(String stub, String identifier, Answer answer) {

    /** What the caller gets, and how often the gateway may ask the register for it. */
    public enum Answer {
        /** 404 {@code NOT_FOUND} after one call: the register's "not found" is an answer, never retried. */
        NOT_FOUND("404 NOT_FOUND"),
        /** 502 {@code UPSTREAM_ERROR} after one call: an answer the gateway cannot use is not asked again. */
        UPSTREAM_ERROR("502 UPSTREAM_ERROR"),
        /** 503 {@code UPSTREAM_UNAVAILABLE} with {@code Retry-After}, after every attempt the retry policy allows. */
        UNAVAILABLE("503 UPSTREAM_UNAVAILABLE"),
        /** 504 {@code UPSTREAM_TIMEOUT} within the connector's deadline (and a margin). */
        TIMEOUT("504 UPSTREAM_TIMEOUT");

        private final String label;

        Answer(String label) {
            this.label = label;
        }
    }

    public static Scenario notFound(String stub, String identifier) {
        return new Scenario(stub, identifier, Answer.NOT_FOUND);
    }

    public static Scenario upstreamError(String stub, String identifier) {
        return new Scenario(stub, identifier, Answer.UPSTREAM_ERROR);
    }

    public static Scenario unavailable(String stub, String identifier) {
        return new Scenario(stub, identifier, Answer.UNAVAILABLE);
    }

    public static Scenario timeout(String stub, String identifier) {
        return new Scenario(stub, identifier, Answer.TIMEOUT);
    }

    @Override
    public String toString() {
        return stub + " → " + answer.label;
    }
}
