package vn.hanoi.gateway.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.hanoi.gateway.access.PurposeBinding;
import vn.hanoi.gateway.mappings.common.AboutPersons;

/**
 * How a personal-data endpoint names whom its data is about. Call it once per person, with the
 * well-formed personal id, before answering; {@code Identifiers.require} already does it for every
 * personal id it validates, so most endpoints need nothing more. An endpoint keyed by something else
 * (an insurance code, a parcel) names the persons its record is about once it has the record. Each
 * named person gets an audit record for the request; a request that names nobody gets one without a
 * subject. Outside a personal-data request this does nothing.
 *
 * <p>Naming a subject also holds it to the stated purpose ({@link PurposeBinding#admit}): a person who is no
 * party to the request's dossier is refused there and then (403 {@code PURPOSE_MISMATCH}), or flagged, so the
 * rule applies to every personal-data endpoint through the one place each of them names its subjects.
 */
public final class Audited {

    private static final String SUBJECTS = Audited.class.getName() + ".subjects";

    private Audited() {
    }

    public static void subject(HttpServletRequest request, String personalId) {
        subjectsOfRequest(request).add(personalId);
        PurposeBinding.of(request).ifPresent(binding -> binding.admit(List.of(personalId), Optional.empty()));
    }

    /**
     * One answer about a record that concerns several persons (a parcel's holders) or a parcel: each person is a
     * subject, and the answer is for the stated dossier when one of them is its party, or the parcel its parcel.
     */
    public static void about(HttpServletRequest request, AboutPersons record) {
        subjectsOfRequest(request).addAll(record.personsConcerned());
        PurposeBinding.of(request).ifPresent(binding -> binding.admit(record.personsConcerned(), record.parcelConcerned()));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> subjectsOfRequest(HttpServletRequest request) {
        Set<String> subjects = (Set<String>) request.getAttribute(SUBJECTS);
        if (subjects == null) {
            subjects = new LinkedHashSet<>();
            request.setAttribute(SUBJECTS, subjects);
        }
        return subjects;
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
