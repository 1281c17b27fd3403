package vn.hanoi.gateway.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The safety net, registering itself as an interceptor: a personal-data endpoint that answered without
 * a body passing {@link AuditBeforeAnswer} (a stream, a void handler) still gets its audit record, late,
 * and is reported: such an endpoint cannot have its answer withheld when the audit fails, so it should
 * return a {@code ResponseEntity}.
 */
@Component
class AuditAfterCompletion implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAfterCompletion.class);

    private final RequestAuditor auditor;

    AuditAfterCompletion(RequestAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (auditor.isPending(request)) {
            LOG.warn("A personal-data endpoint answered before it was audited; audited after the answer");
            auditor.audit(request, response.getStatus(), null);
        }
    }
}
