package vn.hanoi.gateway.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.Problems;

/**
 * Who is calling: an {@code X-API-Key} is resolved to its client, and a request that presents a
 * credential the gateway does not accept is refused at once (401). A request without a credential goes
 * on anonymous; the endpoint's {@link Access} rule decides whether that is enough. Actuator endpoints
 * other than health are for the ops client only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CallerIdentityFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String ACTUATOR = "/actuator";
    private static final String HEALTH = "/actuator/health";

    private final ApiKeyClients clients;
    private final Problems problems;

    CallerIdentityFilter(ApiKeyClients clients, Problems problems) {
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Optional.empty();
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey != null) {
            caller = clients.callerOf(apiKey);
            if (caller.isEmpty()) {
                problems.write(request, response, ErrorCode.UNAUTHENTICATED, "The API key is not valid.");
                return;
            }
        } else if (request.getHeader("Authorization") != null) {
            problems.write(request, response, ErrorCode.UNAUTHENTICATED, "This credential is not accepted.");
            return;
        }
        if (isOpsOnlyActuator(request) && !caller.map(c -> c.isEntitledTo(Dataset.OPS)).orElse(false)) {
            ErrorCode code = caller.isEmpty() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
            problems.write(request, response, code, "Operations endpoints are for the ops client.");
            return;
        }
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, caller.get());
        chain.doFilter(new AuthenticatedRequest(request, caller.get()), response);
    }

    private static boolean isOpsOnlyActuator(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith(ACTUATOR) && !path.startsWith(HEALTH);
    }

    /** Lets the servlet API (and so actuator's "when authorized") see the caller and its entitlements. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
        private final Caller caller;

        AuthenticatedRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller::clientId;
        }

        @Override
        public String getRemoteUser() {
            return caller.clientId();
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.datasets().stream().anyMatch(dataset -> dataset.wireName().equals(role));
        }
    }
}
