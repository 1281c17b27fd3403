package vn.hanoi.gateway.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The actuator answers some errors with a status and no body (a health group or component that does not
 * exist: 404). Under {@code /actuator/} such an answer is completed as problem+json, like every other error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class EmptyErrorBodies extends OncePerRequestFilter {

    private static final String ACTUATOR = "/actuator/";

    private final Problems problems;

    EmptyErrorBodies(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(ACTUATOR);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() >= 400 && answer.getContentSize() == 0 && !response.isCommitted()) {
            ErrorCode code = ErrorCodes.forStatus(answer.getStatus());
            problems.write(request, answer, code, ErrorCodes.detailFor(code));
        }
        answer.copyBodyToResponse();
    }
}
