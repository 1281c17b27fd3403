package vn.hanoi.gateway.ops;

/**
 * The audit trail's health for ops: how many audit records could not be written since start (each one
 * is an access to personal data the gateway cannot account for), and how many reads since start went outside
 * their dossier's parties under the audited override, or were flagged by the purpose check's report mode.
 * Implemented by the audit feature.
 */
public interface AuditSignal {

    long writeFailures();

    long purposeOverrides();

    long purposeMismatches();
}
