package vn.hanoi.gateway.audit;

/**
 * The answer of {@code GET /api/v1/audit/verify}: whether the chain holds, how many records were checked,
 * and the position of the first record at which it does not (null when valid).
 */
record ChainCheck(boolean valid, long records, Long firstBrokenAt) {

    /**
     * Recomputes the chain up to the head as it was when the check began (appends that come later are
     * left for the next check), against the signed checkpoints stored with it ({@link ChainWalk}); the chain
     * is also broken when it ends before the head does.
     */
    static ChainCheck of(AuditLog log) {
        AuditLog.Head head = log.head();
        ChainWalk walk = log.checkpoints().walkUpTo(head.seq());
        log.forEachUpTo(head.seq(), walk::visit);
        ChainWalk.Verdict verdict = walk.verdict(head);
        return new ChainCheck(verdict.valid(), verdict.records(), verdict.firstBrokenAt());
    }
}
