package vn.hanoi.gateway.audit;

import org.springframework.stereotype.Component;
import vn.hanoi.gateway.ops.AuditSignal;

/** The audit trail's write failures for ops: {@link RequestAuditor}'s {@code gateway.audit.write.failures}. */
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
}
