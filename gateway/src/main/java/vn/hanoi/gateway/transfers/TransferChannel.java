package vn.hanoi.gateway.transfers;

/** How a transfer goes: over the document axis (through the outbox), or on paper (only recorded). */
enum TransferChannel {
    AXIS,
    PAPER
}
