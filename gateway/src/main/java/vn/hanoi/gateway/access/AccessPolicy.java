package vn.hanoi.gateway.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
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
 * {@code PURPOSE_REQUIRED}), whose officer is the token's when a person's token is presented (else 403
 * {@code OFFICER_MISMATCH}), which it leaves on the request as a {@link Purpose} and, with the caller and
 * dataset, as a {@link PersonalDataAccess} for the audit trail. The stated dossier must be one the gateway
 * knows (403 {@code PURPOSE_MISMATCH}); the {@link PurposeBinding} left on the request then holds each subject
 * the endpoint names to it. An endpoint without a rule is refused.
 */
@Component
public class AccessPolicy implements HandlerInterceptor {

    /** A reason (8-200 printable ASCII characters) to read outside the stated dossier's parties. */
    public static final String OVERRIDE_HEADER = "X-Purpose-Override";
    private static final Pattern OVERRIDE_REASON = Pattern.compile("[\\x20-\\x7E]{8,200}");

    private final KnownDossiers dossiers;
    private final PurposeProperties properties;

    AccessPolicy(KnownDossiers dossiers, PurposeProperties properties) {
        this.dossiers = dossiers;
        this.properties = properties;
    }

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
            Purpose purpose = purposeOf(request, caller);
            request.setAttribute(Purpose.ATTRIBUTE, purpose);
            request.setAttribute(PersonalDataAccess.ATTRIBUTE,
                    new PersonalDataAccess(caller.clientId(), new Dataset(rule.dataset()), purpose, operationOf(request)));
            if (rule.checkedPurpose()) {
                bind(request, caller, purpose);
            }
        }
        return true;
    }

    /**
     * The stated purpose. A person's token names its officer: the header may repeat it or be left out, but not
     * name someone else. A system caller (an API key, a client-credentials token) names its officer in the header.
     */
    private static Purpose purposeOf(HttpServletRequest request, Caller caller) {
        String dossier = SingleHeader.of(request, Purpose.DOSSIER_HEADER);
        String officer = SingleHeader.of(request, Purpose.OFFICER_HEADER);
        if (caller.officerId().isPresent()) {
            String tokenOfficer = caller.officerId().get();
            boolean sent = request.getHeader(Purpose.OFFICER_HEADER) != null;
            if (sent && !tokenOfficer.equals(officer)) {
                throw new ApiException(ErrorCode.OFFICER_MISMATCH, Purpose.OFFICER_HEADER
                        + " must be the officer the bearer token was issued to, or be left out.");
            }
            officer = tokenOfficer;
        }
        if (!Purpose.isWellFormed(dossier, officer)) {
            throw new ApiException(ErrorCode.PURPOSE_REQUIRED, "Personal data needs "
                    + Purpose.DOSSIER_HEADER + " (1-64 of A-Z a-z 0-9 . _ -) and "
                    + Purpose.OFFICER_HEADER + " (1-64 of A-Z a-z 0-9 . _ @ -).");
        }
        return new Purpose(dossier, officer);
    }

    private void bind(HttpServletRequest request, Caller caller, Purpose purpose) {
        String reason = overrideReasonOf(request, caller);
        PurposeBinding binding = new PurposeBinding(purpose.dossierCode(),
                dossiers.find(purpose.dossierCode()).orElse(null), properties.mode(), reason);
        request.setAttribute(PurposeBinding.ATTRIBUTE, binding);
        binding.requireKnownDossier();
    }

    private static String overrideReasonOf(HttpServletRequest request, Caller caller) {
        if (request.getHeader(OVERRIDE_HEADER) == null) {
            return null;
        }
        if (!caller.isEntitledTo(new Dataset(Dataset.PURPOSE_OVERRIDE))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Client " + caller.clientId() + " may not override the purpose check.");
        }
        String reason = SingleHeader.of(request, OVERRIDE_HEADER);
        if (reason == null || !OVERRIDE_REASON.matcher(reason).matches()) {
            throw new ApiException(ErrorCode.PURPOSE_REQUIRED, OVERRIDE_HEADER
                    + " states the legal ground of the override: 8-200 printable ASCII characters, sent once.");
        }
        return reason;
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
