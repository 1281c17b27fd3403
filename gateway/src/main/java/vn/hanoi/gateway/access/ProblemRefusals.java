package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.Problems;

/**
 * How the security filter chain refuses: 401 {@code UNAUTHENTICATED} and 403 {@code FORBIDDEN} as
 * problem+json, like every other error. Details are fixed texts: a token's decoding error is never echoed.
 */
@Component
class ProblemRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

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
}
