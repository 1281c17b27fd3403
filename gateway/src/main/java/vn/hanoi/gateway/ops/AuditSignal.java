package vn.hanoi.gateway.ops;

/**
 * The audit trail's health for ops: how many audit records could not be written since start (each one
 * is an access to personal data the gateway cannot account for). Implemented by the audit feature.
 */
public interface AuditSignal {

    long writeFailures();
}
