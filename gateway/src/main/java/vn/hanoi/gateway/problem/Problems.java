package vn.hanoi.gateway.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;

/** The one way the gateway writes an error: RFC 9457 problem+json with {@code code} and {@code correlationId}. */
@Component
public class Problems {

    private final ObjectMapper json;
    private final MeterRegistry meters;

    public Problems(ObjectMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    public ProblemDetail detail(ErrorCode code, String detail, String path, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail);
        problem.setType(URI.create(code.type()));
        problem.setTitle(code.title());
        problem.setInstance(URI.create(path == null ? "/" : safePath(path)));
        problem.setProperty("code", code.name());
        problem.setProperty("correlationId", MDC.get(CorrelationIdFilter.MDC_KEY));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public ResponseEntity<Object> entity(ErrorCode code, String detail, String path, List<FieldError> errors,
                                         Duration retryAfter) {
        count(code);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return builder.body(detail(code, detail, path, errors));
    }

    /** For filters, which answer before Spring MVC is involved. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        count(code);
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), detail(code, detail, request.getRequestURI(), List.of()));
    }

    /** {@code gateway.http.problems}: every problem answered, by its contract code. */
    private void count(ErrorCode code) {
        meters.counter("gateway.http.problems", "code", code.name(), "status", Integer.toString(code.status().value()))
                .increment();
    }

    /** The instance path, without anything that is not a plain path character, nor a dot segment. */
    private static String safePath(String path) {
        StringBuilder safe = new StringBuilder(Math.min(path.length(), 200));
        for (int i = 0; i < path.length() && safe.length() < 200; i++) {
            char c = path.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
            safe.append(plain ? c : '_');
        }
        return safe.toString().replace("..", "__");
    }
}
