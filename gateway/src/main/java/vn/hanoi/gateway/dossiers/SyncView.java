package vn.hanoi.gateway.dossiers;

import java.time.OffsetDateTime;

/**
 * A dossier's synchronisation with the portal: {@code SYNCED} (every change delivered), {@code PENDING}
 * (changes on their way) or {@code FAILED} (a change is parked; those after it wait); {@code attempts} and
 * {@code lastError} of the change that is waiting, {@code lastDeliveredAt} of the latest change delivered.
 */
record SyncView(String state, int attempts, String lastError, OffsetDateTime lastDeliveredAt) {

    static final String SYNCED = "SYNCED";
    static final String PENDING = "PENDING";
    static final String FAILED = "FAILED";
}
