package vn.hanoi.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.PersonalDataAccess;
import vn.hanoi.gateway.access.PurposeBinding;
import vn.hanoi.gateway.correlation.CorrelationIdFilter;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.StoreFailures;

/**
 * Writes the audit records of a personal-data request, once, from what the access policy established
 * (client, dataset, purpose, endpoint), the subjects the endpoint named ({@link Audited}) and the answer's
 * status. When the database is out of reach they are held in the {@link AuditSpool} instead (and the answer
 * goes); when they cannot be written at all, {@link #audit} says so and counts it
 * ({@code gateway.audit.write.failures}): the caller must then withhold the answer ({@link #unavailable()}).
 */
@Component
class RequestAuditor {

    static final String FOUND = "FOUND";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String REFUSED = "REFUSED";
    private static final String DONE = RequestAuditor.class.getName() + ".done";
    private static final Logger LOG = LoggerFactory.getLogger(RequestAuditor.class);

    private final AuditLog log;
    private final AuditSpool spool;
    private final SubjectKey subjectKey;
    private final AccessTransports transports;
    private final Clock clock;
    private final Duration retryAfter;
    private final Counter written;
    private final Counter failures;
    private final Map<PurposeBinding.Verdict, Counter> answeredByVerdict = new EnumMap<>(PurposeBinding.Verdict.class);

    RequestAuditor(AuditLog log, AuditSpool spool, SubjectKey subjectKey, AccessTransports transports, Clock clock,
                   MeterRegistry meters, @Value("${gateway.audit.retry-after}") Duration retryAfter) {
        this.log = log;
        this.spool = spool;
        this.subjectKey = subjectKey;
        this.transports = transports;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.written = meters.counter("gateway.audit.records.written");
        this.failures = meters.counter("gateway.audit.write.failures");
        for (PurposeBinding.Verdict verdict : PurposeBinding.Verdict.values()) {
            answeredByVerdict.put(verdict, meters.counter("gateway.purpose.answered", "check", verdict.name()));
        }
    }

    /** Whether the request is a personal-data access whose records are still to be written. */
    boolean isPending(HttpServletRequest request) {
        return request.getAttribute(DONE) == null && PersonalDataAccess.of(request).isPresent();
    }

    /**
     * Writes the request's records unless it needs none or has them already. False when they could not be
     * written: then the answer must not leave.
     */
    boolean audit(HttpServletRequest request, int status, Object body) {
        if (!isPending(request)) {
            return true;
        }
        request.setAttribute(DONE, Boolean.TRUE);
        PersonalDataAccess access = PersonalDataAccess.of(request).orElseThrow();
        if (status < 400) {
            PurposeBinding.of(request).ifPresent(binding -> answeredByVerdict.get(binding.verdict()).increment());
        }
        return write(access, entries(access, Audited.subjectsOf(request), outcomeOf(status, body),
                PurposeBinding.of(request)));
    }

    /**
     * Writes the record of an access the gateway made on its own, outside any request (the online intake), about
     * {@code subject}. False when it could not be written: then the data must not be used.
     */
    boolean auditUnattended(PersonalDataAccess access, String subject, String outcome) {
        return write(access, entries(access, Set.of(subject), outcome, Optional.empty()));
    }

    private boolean write(PersonalDataAccess access, List<AuditEntry> entries) {
        try {
            log.append(entries);
            written.increment(entries.size());
            return true;
        } catch (RuntimeException failure) {
            if (StoreFailures.isUnavailable(failure) && spool.hold(entries)) {
                return true;
            }
            failures.increment();
            LOG.error("Audit records for {} not written ({}): the answer is withheld",
                    access.operation(), failure.getClass().getName());
            return false;
        }
    }

    /** Personal-data answers since start whose purpose check said this ({@code gateway.purpose.answered}). */
    long answeredWith(PurposeBinding.Verdict verdict) {
        return (long) answeredByVerdict.get(verdict).count();
    }

    /** Audit records that could not be written since start. */
    long writeFailures() {
        return (long) failures.count();
    }

    /** The answer instead of data whose access could not be audited: 503 {@code AUDIT_UNAVAILABLE}. */
    ApiException unavailable() {
        return new ApiException(ErrorCode.AUDIT_UNAVAILABLE,
                "The access could not be recorded in the audit trail, so the data is not returned.",
                List.of(), retryAfter);
    }

    static String outcomeOf(int status, Object body) {
        if (status < 400) {
            return FOUND;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status < 500) {
            return REFUSED;
        }
        Object code = body instanceof ProblemDetail problem && problem.getProperties() != null
                ? problem.getProperties().get("code") : null;
        return "ERROR_" + (code instanceof String known ? known : Integer.toString(status));
    }

    private List<AuditEntry> entries(PersonalDataAccess access, Set<String> subjects, String outcome,
                                     Optional<PurposeBinding> binding) {
        String check = binding.map(held -> held.verdict().name()).orElse(null);
        String reason = binding.map(PurposeBinding::overrideReason).orElse(null);
        List<String> hashes = subjects.isEmpty() ? Collections.singletonList(null)
                : subjects.stream().map(subjectKey::hashOf).toList();
        Instant now = clock.instant();
        String correlationId = CorrelationIdFilter.current();
        String transport = transports.of(access.dataset().wireName());
        return hashes.stream().map(hash -> new AuditEntry(now, access.clientId(), access.purpose().officerId(),
                access.purpose().dossierCode(), access.dataset().wireName(), access.operation(), hash, outcome,
                correlationId, check, reason, transport)).toList();
    }
}
