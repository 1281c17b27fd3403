package vn.hanoi.gateway.routes.registers;

/**
 * A typed handle on one lookup route of a register: {@code direct:<system>-<operation>}, answering a
 * {@code recordType}. Call sites hold a handle, declared once in the register's descriptor, never the string.
 *
 * @param <R> the canonical record the route answers
 */
public record Lookup<R>(String system, String operation, Class<R> recordType) {

    /** The route id, kebab-case {@code <system>-<operation>}. */
    public String routeId() {
        return system + "-" + operation;
    }

    /** The route's Camel endpoint URI. */
    public String endpointUri() {
        return "direct:" + routeId();
    }

    @Override
    public String toString() {
        return routeId();
    }
}
