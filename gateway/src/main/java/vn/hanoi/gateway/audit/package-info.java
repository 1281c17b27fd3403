/**
 * The audit trail of accesses to personal data: one record per access (per subject), written in the
 * request before the data leaves, append-only and hash-chained so that an altered, removed or inserted
 * record is found by {@code GET /api/v1/audit/verify}. Subjects are stored as keyed hashes.
 *
 * <p>An endpoint joins it by declaring {@code @Access(personalData = true)}; it names whom the data is
 * about with {@link vn.hanoi.gateway.audit.Audited#subject} (done for it by {@code Identifiers.require}
 * for every personal id it validates).
 */
package vn.hanoi.gateway.audit;
