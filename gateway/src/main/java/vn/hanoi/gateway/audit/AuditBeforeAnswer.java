package vn.hanoi.gateway.audit;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.Problems;

/**
 * The hook in the request path: every answer body, the data or the problem, passes here before it is
 * written, so a personal-data request is audited before anything leaves. When the audit cannot be
 * written the answer is replaced by a 503 {@code AUDIT_UNAVAILABLE} problem, without the original's
 * headers (a body Jackson does not write is withheld by raising the problem instead).
 */
@ControllerAdvice
class AuditBeforeAnswer implements ResponseBodyAdvice<Object> {

    private final RequestAuditor auditor;
    private final Problems problems;

    AuditBeforeAnswer(RequestAuditor auditor, Problems problems) {
        this.auditor = auditor;
        this.problems = problems;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest in) || !(response instanceof ServletServerHttpResponse out)
                || auditor.audit(in.getServletRequest(), out.getServletResponse().getStatus(), body)) {
            return body;
        }
        ApiException withheld = auditor.unavailable();
        if (!AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType)) {
            throw withheld;
        }
        out.getHeaders().clear();
        out.setStatusCode(withheld.code().status());
        out.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        out.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(withheld.retryAfter().toSeconds()));
        return problems.detail(withheld.code(), withheld.getMessage(), in.getServletRequest().getRequestURI(), List.of());
    }
}
