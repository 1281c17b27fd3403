package vn.hanoi.gateway.routes.connector;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.message.Message;

/**
 * A CXF client on a port type generated from a register's WSDL, set up as every SOAP register needs it:
 * answers read leniently (the registers add elements their WSDL does not name), a request context per
 * thread, the connector's connect timeout, answers and faults read up to {@code max-response-size}. Each
 * call carries its transport's authorisation and the correlation id and no caller header, gets its own receive timeout,
 * and fails as a classified {@link UpstreamException}.
 *
 * @param <P> the generated port type
 */
public final class SoapPort<P> {

    private static final String THREAD_LOCAL_CONTEXT = "thread.local.request.context";

    private final String system;
    private final P port;

    public SoapPort(String system, Class<P> portType, String address, ConnectorProperties properties) {
        this.system = system;
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(portType);
        factory.setAddress(address);
        factory.setProperties(Map.of(
                "set-jaxb-validation-event-handler", Boolean.FALSE,
                THREAD_LOCAL_CONTEXT, Boolean.TRUE));
        this.port = factory.create(portType);
        SoapAnswerLimit limit = new SoapAnswerLimit(properties.getMaxResponseSize());
        ClientProxy.getClient(port).getInInterceptors().add(limit);
        ClientProxy.getClient(port).getInFaultInterceptors().add(limit);
        ClientProxy.getClient(port).getInInterceptors().add(new SoapHttpStatus());
        Map<String, Object> context = requestContext();
        context.put(THREAD_LOCAL_CONTEXT, Boolean.TRUE);
        context.put(Message.CONNECTION_TIMEOUT, properties.getConnectTimeout().toMillis());
    }

    /**
     * One call of {@code operation} on the port, answered within {@code timeout}, with the headers of its
     * {@link Transport} ({@code authorization}) and the correlation id.
     */
    public <R> R call(Map<String, String> authorization, String correlationId, Duration timeout,
                      Function<P, R> operation) {
        Map<String, Object> context = requestContext();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        authorization.forEach((name, value) -> headers.put(name, List.of(value)));
        headers.put("X-Correlation-Id", List.of(correlationId));
        context.put(MessageContext.HTTP_REQUEST_HEADERS, headers);
        context.put(Message.RECEIVE_TIMEOUT, Math.max(1, timeout.toMillis()));
        context.put(SoapHttpStatus.LEAVE_STATUS_TO_INTERCEPTORS, Boolean.TRUE);
        try {
            return operation.apply(port);
        } catch (WebServiceException failure) {
            throw SoapFailures.classify(system, failure, answeredStatus());
        }
    }

    /** The HTTP status of this thread's last answer (CXF resets it for every call), 0 when none came. */
    private int answeredStatus() {
        Object status = ((BindingProvider) port).getResponseContext().get(MessageContext.HTTP_RESPONSE_CODE);
        return status instanceof Integer code ? code : 0;
    }

    private Map<String, Object> requestContext() {
        return ((BindingProvider) port).getRequestContext();
    }
}
