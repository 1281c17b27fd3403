package vn.hanoi.gateway.audit;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.access.PurposeBinding;
import vn.hanoi.gateway.ops.AuditSignal;

/**
 * The audit trail's signals for ops: {@link RequestAuditor}'s {@code gateway.audit.write.failures} and its counts
 * of answered reads under a purpose override or flagged as a purpose mismatch.
 */
@Component
class AuditWriteFailures implements AuditSignal {

    private final RequestAuditor auditor;

    AuditWriteFailures(RequestAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public long writeFailures() {
        return auditor.writeFailures();
    }

    @Override
    public long purposeOverrides() {
        return auditor.answeredWith(PurposeBinding.Verdict.OVERRIDE);
    }

    @Override
    public long purposeMismatches() {
        return auditor.answeredWith(PurposeBinding.Verdict.MISMATCH);
    }
}
