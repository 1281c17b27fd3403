/**
 * How the once-only features (prefill, the electronic data warehouse) join the audit trail: every read of
 * personal data they make is reported to {@link vn.hanoi.gateway.personaldata.PersonalDataReads}, once, from
 * one marked call site per read; {@code AuditTrailAccess} names the person as a subject of the request, and the
 * trail writes the request's record for each subject before the answer leaves.
 */
package vn.hanoi.gateway.personaldata;
