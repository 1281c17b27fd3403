package vn.hanoi.gateway.routes.registers;

import java.util.List;
import java.util.Optional;

/**
 * One national register, as the rest of the gateway sees it. Implemented once per register, in its own routes
 * package ({@code vn.hanoi.gateway.routes.<name>}), by a public class with a no-argument constructor: that is how
 * {@link Registers} finds it. By convention its name also names its configuration block
 * ({@code gateway.connectors.<name>}), its fixtures ({@code fixtures/<name>/}), its simulator (the sandbox's
 * simulator whose system is the name) and its contract stubs ({@code contract-tests/…/wiremock/<name>/}).
 */
public interface RegisterDescriptor {

    /** The connector name: {@code gateway.connectors.<name>}, the routes {@code <name>-<operation>}, the fixtures folder. */
    String name();

    /** The dataset a client must be entitled to ({@code clients.<id>.datasets}, the JWT's datasets claim). */
    default String dataset() {
        return name();
    }

    /** How people call the register: the ops page's label and the OpenAPI tag's description. */
    String displayName();

    /** The OpenAPI tag its endpoints are listed under. */
    String apiTag();

    /** The {@code X-Source-System} value of its answers. */
    default String sourceSystem() {
        return name();
    }

    /**
     * The keys under {@code gateway.connectors.<name>} that its credentials need besides {@code base-url}
     * ({@code client-id}, …): without one of them the gateway refuses to start.
     */
    List<String> credentialKeys();

    /** Its identifiers, as its endpoints name their parameters, with their rules and documentation. */
    List<IdentifierParameter> identifiers();

    /** Its lookup routes. */
    List<Lookup<?>> lookups();

    /** Value types of its canonical records that are written as strings, for the OpenAPI document. */
    default List<ValueSchema> valueSchemas() {
        return List.of();
    }

    /** The prefill evidence it can fulfil and how, or empty when prefill never asks it. */
    default Optional<PrefillEvidence> evidence() {
        return Optional.empty();
    }
}
