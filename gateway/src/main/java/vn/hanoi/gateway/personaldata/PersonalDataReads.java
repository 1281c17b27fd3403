package vn.hanoi.gateway.personaldata;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import vn.hanoi.gateway.access.Caller;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.access.Purpose;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;

/**
 * AUDIT HOOK: told of every personal-data access the once-only features make (one event per document read,
 * per document stored, and per evidence source a prefill consults). The audit trail implements it.
 */
public interface PersonalDataReads {

    void record(Event event);

    /**
     * Names the person (a personal id or an enterprise code) a read or store is about, before it is made, so that
     * the purpose check can refuse it before anything is read or kept.
     */
    void concerns(String subjectId);

    /**
     * One access: when, who (client and officer), why (dossier), which dataset, whose data ({@code subjectId}:
     * a personal id or an enterprise code), what was accessed, and with what outcome. {@link #toString()} hides
     * the subject.
     */
    record Event(Instant at, String correlationId, String clientId, String officerId, String dossierCode,
                 Dataset dataset, String subjectId, String what, String outcome) {

        /** An event of the current request, whose caller and purpose the access policy has established. */
        public static Event of(HttpServletRequest request, Instant at, Dataset dataset, String subjectId, String what,
                               String outcome) {
            Caller caller = Caller.current().orElse(null);
            Purpose purpose = (Purpose) request.getAttribute(Purpose.ATTRIBUTE);
            return new Event(at, CorrelationIdFilter.current(), caller == null ? null : caller.clientId(),
                    purpose == null ? null : purpose.officerId(), purpose == null ? null : purpose.dossierCode(),
                    dataset, subjectId, what, outcome);
        }

        @Override
        public String toString() {
            return "Event[dataset=" + dataset + ", what=" + what + ", outcome=" + outcome + ", subjectId=***]";
        }
    }
}
