package vn.hanoi.gateway.routes.connector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Stops a SOAP answer whose HTTP status is neither a success nor a 500 (which carries a SOAP Fault) before
 * CXF reads it, keeping its status and {@code Retry-After}: CXF's own {@code HTTPException} drops the
 * headers, so a register's "429, come back in two minutes" would lose its wait. {@link SoapFailures}
 * classifies it as {@link HttpFailures} classifies any HTTP status.
 */
final class SoapHttpStatus extends AbstractPhaseInterceptor<Message> {

    /** The conduit's switch that leaves status errors to the interceptors (CXF 4: {@code HTTPConduit}). */
    static final String LEAVE_STATUS_TO_INTERCEPTORS = "org.apache.cxf.transport.no_io_exceptions";

    SoapHttpStatus() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message answer) {
        if (answer.get(Message.RESPONSE_CODE) instanceof Integer status && status >= 300 && status != 500) {
            Object headers = answer.get(Message.PROTOCOL_HEADERS);
            throw new Fault(new Answered(status, header(headers, "Retry-After"), header(headers, PlatformErrors.HEADER)));
        }
    }

    private static Optional<String> header(Object headers, String name) {
        if (!(headers instanceof Map<?, ?> byName)) {
            return Optional.empty();
        }
        return byName.entrySet().stream()
                .filter(header -> header.getKey() instanceof String key && name.equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .filter(values -> values instanceof List<?> list && !list.isEmpty())
                .map(values -> String.valueOf(((List<?>) values).get(0)))
                .findFirst();
    }

    /**
     * An answer refused by its HTTP status, with the {@code Retry-After} it came with and, when the national
     * data-sharing platform answered for itself, its {@code X-Platform-Error}.
     */
    static final class Answered extends RuntimeException {

        private final int status;
        private final transient Optional<String> retryAfter;
        private final transient Optional<String> platformError;

        Answered(int status, Optional<String> retryAfter, Optional<String> platformError) {
            super("service answered " + status, null, false, false);
            this.status = status;
            this.retryAfter = retryAfter;
            this.platformError = platformError;
        }

        UpstreamException classified(String system) {
            return platformError.isPresent()
                    ? PlatformErrors.classify(system, status, platformError.get(), HttpFailures.retryAfter(retryAfter))
                    : HttpFailures.forStatus(system, status, retryAfter, "service");
        }
    }
}
