package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * Applies each endpoint's {@link Access} rule before it runs: authenticated (401), entitled to the
 * dataset (403), and for personal data a well-formed purpose, each header sent once (400
 * {@code PURPOSE_REQUIRED}), which it
 * leaves on the request as a {@link Purpose} and, with the caller and dataset, as a
 * {@link PersonalDataAccess} for the audit trail. An endpoint without a rule is refused.
 */
@Component
public class AccessPolicy implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Access rule = ruleOf(method);
        if (rule == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This endpoint has no access rule.");
        }
        if (rule.value() == Access.Scope.PUBLIC) {
            return true;
        }
        Caller caller = CallerAuthentication.current()
                .orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED, "Send X-API-Key or a bearer token."));
        if (!caller.isEntitledTo(new Dataset(rule.dataset()))) {
            throw new ApiException(ErrorCode.FORBIDDEN,
                    "Client " + caller.clientId() + " is not entitled to " + rule.dataset() + ".");
        }
        if (rule.personalData()) {
            String dossier = SingleHeader.of(request, Purpose.DOSSIER_HEADER);
            String officer = SingleHeader.of(request, Purpose.OFFICER_HEADER);
            if (!Purpose.isWellFormed(dossier, officer)) {
                throw new ApiException(ErrorCode.PURPOSE_REQUIRED, "Personal data needs "
                        + Purpose.DOSSIER_HEADER + " (1-64 of A-Z a-z 0-9 . _ -) and "
                        + Purpose.OFFICER_HEADER + " (1-64 of A-Z a-z 0-9 . _ @ -).");
            }
            Purpose purpose = new Purpose(dossier, officer);
            request.setAttribute(Purpose.ATTRIBUTE, purpose);
            request.setAttribute(PersonalDataAccess.ATTRIBUTE,
                    new PersonalDataAccess(caller.clientId(), new Dataset(rule.dataset()), purpose, operationOf(request)));
        }
        return true;
    }

    /**
     * The rule of an endpoint: on its method, else on its class. The error page (Spring's {@link ErrorController}) is
     * public without declaring it: it renders the problem of a request that was already refused or failed, and the
     * {@code problem} package that holds it must not depend on {@code access} (which depends on {@code problem}).
     */
    public static Access ruleOf(HandlerMethod method) {
        if (ErrorController.class.isAssignableFrom(method.getBeanType())) {
            return ERROR_PAGE;
        }
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
    }

    @Access(Access.Scope.PUBLIC)
    private static final class ErrorPage {
    }

    private static final Access ERROR_PAGE = ErrorPage.class.getAnnotation(Access.class);

    private static String operationOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern != null ? pattern : "?");
    }
}
