package vn.hanoi.gateway.audit;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.PersonalDataAccess;

/**
 * The audit trail for personal data the gateway reads on its own, outside any caller's request (the online intake
 * looks up an applicant to route a dossier): the same chained, keyed-hash record a request would leave, written
 * before the data is used, held in the spool when the database is out of reach. When it cannot be written at all,
 * {@link #record} throws, and the caller must not use the data.
 */
@Component
public class UnattendedAccesses {

    private final RequestAuditor auditor;

    UnattendedAccesses(RequestAuditor auditor) {
        this.auditor = auditor;
    }

    /** Records that {@code access} read {@code subject}'s data with {@code outcome} (FOUND, NOT_FOUND, ERROR_…). */
    public void record(PersonalDataAccess access, String subject, String outcome) {
        if (!auditor.auditUnattended(access, subject, outcome)) {
            throw new IllegalStateException("the audit record of " + access.operation() + " could not be written");
        }
    }
}
