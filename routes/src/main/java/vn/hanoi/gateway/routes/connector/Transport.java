package vn.hanoi.gateway.routes.connector;

import java.util.Map;
import java.util.function.Function;

/**
 * How a register's client reaches the register: where each of its calls goes and which headers authorise it.
 * The client builds the same call either way (method, path, query, body, {@code Content-Type},
 * {@code SOAPAction}) and reads the answer by the register's own contract; only the address and the
 * authorisation differ ({@link DirectTransport}, {@link PlatformTransport}). Built by {@link Transports}
 * from {@code gateway.connectors.<name>.transport}.
 */
public interface Transport {

    TransportKind kind();

    /** The URL of the register's {@code path} (e.g. {@code /ws/CongDanService}) through this transport. */
    String address(String path);

    /**
     * Runs {@code call} with the headers that authorise it (the client adds them to its request); when the
     * credentials are refused, fetches new ones and runs it once more.
     */
    <T> T authenticated(LookupRequest request, Deadline deadline, Function<Map<String, String>, T> call);
}
