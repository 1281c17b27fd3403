package vn.hanoi.gateway.audit;

import java.util.List;

/**
 * One caller's records waiting for a group commit ({@link AuditLog#append}), and how they fared. Settled
 * under the log's lock; read by its caller after it has held the lock, so the lock orders both.
 */
final class PendingAppend {

    private final List<AuditEntry> entries;
    private volatile boolean settled;
    private volatile RuntimeException failure;

    PendingAppend(List<AuditEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<AuditEntry> entries() {
        return entries;
    }

    boolean isSettled() {
        return settled;
    }

    void committed() {
        settled = true;
    }

    void failed(RuntimeException cause) {
        failure = cause;
        settled = true;
    }

    void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}
