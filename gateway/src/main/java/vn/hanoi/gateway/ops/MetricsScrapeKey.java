package vn.hanoi.gateway.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus that cannot send custom headers (before 2.55, e.g. Debian 12's 2.42) present the ops
 * key: on {@code /actuator/prometheus} only, {@code Authorization: ApiKey <key>} (its {@code authorization}
 * setting with {@code type: ApiKey}) is read as {@code X-API-Key: <key>}. Caller identity then decides as
 * for any key; everywhere else such a header is refused as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class MetricsScrapeKey extends OncePerRequestFilter {

    static final String PATH = "/actuator/prometheus";
    private static final String SCHEME = "ApiKey ";
    private static final String AUTHORIZATION = "Authorization";
    private static final String API_KEY = "X-API-Key";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(AUTHORIZATION);
        return !PATH.equals(request.getRequestURI()) || authorization == null
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || request.getHeader(API_KEY) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(AUTHORIZATION).substring(SCHEME.length()).strip();
        chain.doFilter(new KeyAsHeader(request, key), response);
    }

    /** The request with the key moved from {@code Authorization} to {@code X-API-Key}. */
    private static final class KeyAsHeader extends HttpServletRequestWrapper {
        private final String key;

        KeyAsHeader(HttpServletRequest request, String key) {
            super(request);
            this.key = key;
        }

        @Override
        public String getHeader(String name) {
            if (API_KEY.equalsIgnoreCase(name)) {
                return key;
            }
            return AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            if (API_KEY.equalsIgnoreCase(name) || AUTHORIZATION.equalsIgnoreCase(name)) {
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
            names.removeIf(AUTHORIZATION::equalsIgnoreCase);
            names.add(API_KEY);
            return Collections.enumeration(names);
        }
    }
}
