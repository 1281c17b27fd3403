package vn.hanoi.gateway.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.Problems;

/** After authentication: a client over its rate gets 429 {@code RATE_LIMITED} with {@code Retry-After}. */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final Problems problems;

    RateLimitFilter(RateLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = CallerAuthentication.current();
        Optional<Duration> wait = caller.flatMap(known -> limits.acquire(known.clientId()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, ErrorCode.RATE_LIMITED,
                "Client " + caller.get().clientId() + " is over its rate; retry after " + seconds + " s.");
    }
}
