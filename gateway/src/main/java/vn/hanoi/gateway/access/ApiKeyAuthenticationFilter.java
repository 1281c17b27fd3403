package vn.hanoi.gateway.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API-key half of caller identity, inside the security filter chain: an {@code X-API-Key} becomes
 * its client's {@link CallerAuthentication}; a key the gateway does not know, two credentials at once,
 * a credential header sent twice or an {@code Authorization} scheme other than Bearer is refused at once
 * (401). Bearer tokens are left to the resource server that follows; a request without a credential goes
 * on anonymous.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final int MAX_KEY_LENGTH = 256;
    private static final String BEARER = "Bearer ";

    private final ApiKeyClients clients;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    ApiKeyAuthenticationFilter(ApiKeyClients clients, AuthenticationEntryPoint refusal) {
        this.clients = clients;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SingleHeader.isAmbiguous(request, HEADER) || SingleHeader.isAmbiguous(request, HttpHeaders.AUTHORIZATION)) {
            refuse(request, response, "Send one credential, once.");
            return;
        }
        String key = request.getHeader(HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (key == null) {
            if (authorization != null && !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                refuse(request, response, "Only X-API-Key and bearer tokens are accepted.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (authorization != null) {
            refuse(request, response, "Send one credential: X-API-Key or a bearer token, not both.");
            return;
        }
        Optional<Caller> caller = key.length() <= MAX_KEY_LENGTH ? clients.callerOf(key) : Optional.empty();
        if (caller.isEmpty()) {
            refuse(request, response, "The API key is not valid.");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get()));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException, ServletException {
        contexts.clearContext();
        refusal.commence(request, response, new CredentialRefused(detail));
    }
}
