package vn.hanoi.gateway.personaldata;

import org.springframework.stereotype.Component;

/**
 * Stands in for the audit trail until the security/audit work provides it: records nothing. Replace it (delete
 * this class) with the trail's implementation of {@link PersonalDataAccess}.
 */
@Component
class NoAuditTrailYet implements PersonalDataAccess {

    @Override
    public void record(Event event) {
        // Intentionally empty: the audit trail is not part of this tree yet.
    }
}
