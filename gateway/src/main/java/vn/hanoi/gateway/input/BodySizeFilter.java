package vn.hanoi.gateway.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.PayloadTooLargeException;
import vn.hanoi.gateway.problem.Problems;

/**
 * Request bodies over the limit for their path are refused with 413 {@code PAYLOAD_TOO_LARGE}: at once
 * when {@code Content-Length} says so, else (a chunked body) as soon as reading passes the limit.
 * Runs before authentication, so an oversized body costs the gateway nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeFilter extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final Problems problems;

    BodySizeFilter(BodyLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.bytesFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE,
                    "The body is over the limit of " + limit + " bytes for this path.");
            return;
        }
        chain.doFilter(declared < 0 ? new LimitedBody(request, limit) : request, response);
    }

    /** A request whose body stops with {@link PayloadTooLargeException} past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream limited;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
