/**
 * The audit hook of the once-only features (prefill, the electronic data warehouse): every read of personal data
 * they make is reported to {@link vn.hanoi.gateway.personaldata.PersonalDataAccess}, once, from one marked call
 * site per read. The audit trail itself (tamper-evident, {@code GET /api/v1/audit/...}) belongs to the
 * security/audit work: it implements the hook and replaces {@link vn.hanoi.gateway.personaldata.NoAuditTrailYet}.
 */
package vn.hanoi.gateway.personaldata;
