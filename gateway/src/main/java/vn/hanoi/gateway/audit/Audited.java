package vn.hanoi.gateway.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a personal-data endpoint names whom its data is about. Call it once per person, with the
 * well-formed personal id, before answering; {@code Identifiers.require} already does it for every
 * personal id it validates, so most endpoints need nothing more. An endpoint keyed by something else
 * (an insurance code, a parcel) names the persons its record is about once it has the record. Each
 * named person gets an audit record for the request; a request that names nobody gets one without a
 * subject. Outside a personal-data request this does nothing.
 */
public final class Audited {

    private static final String SUBJECTS = Audited.class.getName() + ".subjects";

    private Audited() {
    }

    public static void subject(HttpServletRequest request, String personalId) {
        @SuppressWarnings("unchecked")
        Set<String> subjects = (Set<String>) request.getAttribute(SUBJECTS);
        if (subjects == null) {
            subjects = new LinkedHashSet<>();
            request.setAttribute(SUBJECTS, subjects);
        }
        subjects.add(personalId);
    }

    /** The same, for the request this thread is serving. */
    public static void subject(String personalId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            subject(attributes.getRequest(), personalId);
        }
    }

    @SuppressWarnings("unchecked")
    static Set<String> subjectsOf(HttpServletRequest request) {
        Set<String> subjects = (Set<String>) request.getAttribute(SUBJECTS);
        return subjects == null ? Set.of() : Collections.unmodifiableSet(subjects);
    }
}
