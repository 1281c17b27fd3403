package vn.hanoi.gateway.routes.documentaxis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the inbox reader keeps what it read and how far it got; the gateway stores it ({@code axis_inbox_*}). */
public interface AxisInboxLedger {

    /** The cursor of the last item stored, none before the first. */
    Optional<String> cursor();

    /**
     * Stores the items not stored yet (a repeat, same {@code messageId}, is dropped) and moves the cursor to
     * {@code upTo}, in one transaction; returns how many were new.
     */
    int store(List<InboxItem> items, String upTo, Instant at);
}
