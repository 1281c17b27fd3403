package vn.hanoi.gateway.personaldata;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;

/**
 * The once-only features' reads go into the one audit trail: each person a read concerns is named as a
 * subject of the current request, and the trail writes the request's record for each of them before the
 * answer leaves (see {@code docs/security.md}). Enterprise codes are not personal data and name no one.
 */
@Component
class AuditTrailAccess implements PersonalDataReads {

    private final PersonalId personalIds = PersonalId.rule();

    @Override
    public void record(Event event) {
        concerns(event.subjectId());
    }

    @Override
    public void concerns(String subjectId) {
        if (subjectId != null && personalIds.violation(subjectId).isEmpty()) {
            Audited.subject(subjectId);
        }
    }
}
