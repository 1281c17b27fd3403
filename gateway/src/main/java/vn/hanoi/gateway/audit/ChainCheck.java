package vn.hanoi.gateway.audit;

/**
 * The answer of {@code GET /api/v1/audit/verify}: whether the chain holds, how many records were checked,
 * and the position of the first record at which it does not (null when valid).
 */
record ChainCheck(boolean valid, long records, Long firstBrokenAt) {

    /**
     * Recomputes the chain up to the head as it was when the check began (appends that come later are
     * left for the next check). A record is broken when its position is not the next one (a record was
     * removed or inserted), when it does not link to the previous record's hash, or when its own hash does
     * not match its content (it was altered); the chain is also broken when it ends before the head does.
     */
    static ChainCheck of(AuditLog log) {
        AuditLog.Head head = log.head();
        Walk walk = new Walk();
        log.forEachUpTo(head.seq(), walk::visit);
        if (walk.firstBroken == null && (walk.records != head.seq() || !walk.lastHash.equals(head.hash()))) {
            walk.firstBroken = walk.records + 1;
        }
        return new ChainCheck(walk.firstBroken == null, walk.records, walk.firstBroken);
    }

    private static final class Walk {
        private long records;
        private String lastHash = ChainHash.GENESIS;
        private Long firstBroken;

        void visit(AuditRecord record) {
            long expected = records + 1;
            if (firstBroken == null) {
                if (record.seq() != expected) {
                    firstBroken = Math.min(record.seq(), expected);
                } else if (!record.previousHash().equals(lastHash)
                        || !ChainHash.of(record.seq(), record.entry(), record.previousHash()).equals(record.hash())) {
                    firstBroken = record.seq();
                }
            }
            records++;
            lastHash = record.hash();
        }
    }
}
