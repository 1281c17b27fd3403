package vn.hanoi.gateway.audit;

/** An audit entry as stored: its place in the chain, the previous record's hash and its own. */
record AuditRecord(long seq, AuditEntry entry, String previousHash, String hash) {
}
