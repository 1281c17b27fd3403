package vn.hanoi.gateway.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.Purpose;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.mappings.common.AboutPersons;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupRequest;
import vn.hanoi.gateway.routes.connector.LookupResult;
import vn.hanoi.gateway.routes.connector.UpstreamException;
import vn.hanoi.gateway.routes.registers.Lookup;

/**
 * The bridge from the REST edge to the connector routes: sends a lookup to the route of its typed handle ({@link Lookup})
 * and turns a classified upstream failure into the contract's problem.
 */
@Component
public class Lookups {

    private final ProducerTemplate routes;
    private final Connectors connectors;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    Lookups(ProducerTemplate routes, Connectors connectors) {
        this.routes = routes;
        this.connectors = connectors;
    }

    public LookupResult lookup(Lookup<?> lookup, String key, HttpServletRequest http) {
        Purpose purpose = (Purpose) http.getAttribute(Purpose.ATTRIBUTE);
        LookupResult result = lookup(lookup, new LookupRequest(key, CorrelationIdFilter.current(),
                purpose == null ? null : purpose.officerId(), null,
                purpose == null ? Purpose.statedDossierCode(http) : purpose.dossierCode()));
        if (result.record() instanceof AboutPersons record) {
            // Whatever it was looked up by, the answer is about these persons: audit and check it against them.
            Audited.about(http, record);
        }
        return result;
    }

    /** The same with the request built by the caller: for lookups made off the request thread (prefill). */
    public LookupResult lookup(Lookup<?> lookup, LookupRequest request) {
        try {
            return call(lookup, request);
        } catch (UpstreamException upstream) {
            throw toProblem(upstream);
        }
    }

    /**
     * The same for callers that are not answering an HTTP request (the online intake): a classified upstream
     * failure is thrown as it is, an {@link UpstreamException}.
     */
    public LookupResult call(Lookup<?> lookup, LookupRequest request) {
        Exchange answer = routes.send(endpoint(lookup), exchange -> exchange.getMessage().setBody(request));
        Exception failure = answer.getException();
        if (failure instanceof UpstreamException upstream) {
            throw upstream;
        }
        if (failure != null) {
            throw new IllegalStateException("lookup route " + lookup + " failed", failure);
        }
        return answer.getMessage().getBody(LookupResult.class);
    }

    /** The route's endpoint, resolved once: resolving its URI on every lookup showed in a profile. */
    private Endpoint endpoint(Lookup<?> lookup) {
        return endpoints.computeIfAbsent(lookup.endpointUri(), uri -> routes.getCamelContext().getEndpoint(uri));
    }

    private ApiException toProblem(UpstreamException failure) {
        String system = failure.system();
        ErrorCode code = ErrorCode.forUpstream(failure.kind());
        return switch (code) {
            case NOT_FOUND -> new ApiException(code, "The " + system + " register holds no such record.");
            case UPSTREAM_ERROR -> new ApiException(code,
                    "The " + system + " system answered something the gateway cannot use.");
            case UPSTREAM_TIMEOUT -> new ApiException(code,
                    "The " + system + " system did not answer within the deadline.");
            default -> new ApiException(code,
                    "The " + system + " system is unavailable (" + failure.kind().name().toLowerCase() + ").",
                    List.of(), retryAfter(failure));
        };
    }

    private Duration retryAfter(UpstreamException failure) {
        return failure.retryAfter().orElseGet(() -> connectors.connector(failure.system()).properties().getRetryAfter());
    }
}
