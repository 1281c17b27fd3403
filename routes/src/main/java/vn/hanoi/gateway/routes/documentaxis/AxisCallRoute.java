package vn.hanoi.gateway.routes.documentaxis;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One authenticated call to the axis over its HTTP endpoint ({@code document-axis-call}): the body is an
 * {@link AxisRequest}; the answer's status and body are left on the message. The token is the shared
 * {@link AxisSession}'s; when the axis answers 401 {@code BAD_TOKEN} (it may expire a token early), the token is
 * dropped and the call made once more with a new one, as the contract asks.
 */
final class AxisCallRoute extends RouteBuilder {

    static final String CALL = "document-axis-call";
    static final String ENDPOINT = "direct:" + CALL;
    private static final String REQUEST = "axisRequest";
    private static final String TOKEN = "axisToken";

    private final AxisSession session;
    private final String axis;

    /** {@code axis}: the HTTP endpoint URI of the axis's base URL with its timeouts. */
    AxisCallRoute(AxisSession session, String axis) {
        this.session = session;
        this.axis = axis;
    }

    @Override
    public void configure() {
        from(ENDPOINT).routeId(CALL).errorHandler(noErrorHandler())
                .setProperty(REQUEST, body())
                .process(exchange -> prepare(exchange, session.token()))
                .to(axis)
                .filter(AxisCallRoute::tokenRefused)
                    .process(exchange -> session.invalidate(exchange.getProperty(TOKEN, String.class)))
                    .process(exchange -> prepare(exchange, session.token()))
                    .to(axis)
                .end();
    }

    private static void prepare(Exchange exchange, String token) {
        AxisRequest request = exchange.getProperty(REQUEST, AxisRequest.class);
        exchange.setProperty(TOKEN, token);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_METHOD, request.method());
        exchange.getMessage().setHeader(Exchange.HTTP_PATH, request.path());
        exchange.getMessage().setHeader("Authorization", "Bearer " + token);
        if (request.query() != null) {
            exchange.getMessage().setHeader(Exchange.HTTP_QUERY, request.query());
        }
        if (request.contentType() != null) {
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, request.contentType());
        }
        exchange.getMessage().setBody(request.body());
    }

    private static boolean tokenRefused(Exchange exchange) {
        return AxisSession.isBadToken(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class),
                exchange.getMessage().getBody(String.class));
    }
}
