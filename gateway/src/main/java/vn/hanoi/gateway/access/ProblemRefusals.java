package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.Problems;

/**
 * How the security filter chain refuses: 401 {@code UNAUTHENTICATED}, 403 {@code FORBIDDEN} and what the
 * firewall rejects (405, 400) as problem+json, like every other error. Details are fixed texts: a token's
 * decoding error is never echoed.
 */
@Component
class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    /** The methods the security firewall lets through (the gateway's endpoints use GET and POST). */
    private static final Set<String> FIREWALL_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    private final Problems problems;

    ProblemRefusals(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String detail;
        if (failure instanceof CredentialRefused refused) {
            detail = refused.getMessage();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        } else if (failure instanceof OAuth2AuthenticationException) {
            detail = "The bearer token is not valid: check its signature, issuer, lifetime and client.";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            detail = "Send X-API-Key or a bearer token.";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        problems.write(request, response, ErrorCode.UNAUTHENTICATED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, ErrorCode.FORBIDDEN, "Operations endpoints are for the ops client.");
    }

    /**
     * What the security firewall refuses: a method the gateway does not serve ({@code TRACE}) is 405, anything
     * else (an encoded slash, backslash, percent or dot, a semicolon, a header value it cannot read) 400. Answered
     * here: an error dispatch with the same method would be refused again, with no body. Never the refused value.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (!FIREWALL_METHODS.contains(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, POST");
            problems.write(request, response, ErrorCode.METHOD_NOT_ALLOWED,
                    "The gateway serves GET and POST; see the Allow header.");
            return;
        }
        problems.write(request, response, ErrorCode.VALIDATION_FAILED,
                "The request was refused: its path or headers hold characters the gateway does not accept.");
    }
}
