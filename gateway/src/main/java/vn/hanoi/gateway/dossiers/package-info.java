/**
 * Dossiers received at a counter and their synchronisation with the National Public Service Portal:
 * {@code /api/v1/dossiers} (register or update, progress, the dossier with its history and sync state), the
 * status state machine ({@link vn.hanoi.gateway.dossiers.DossierLifecycle}), the durable outbox written in the
 * same transaction as each change ({@link vn.hanoi.gateway.dossiers.JdbcOutbox}, claimed by the
 * {@code npsp-dispatch} route), and the ops endpoints that list and replay parked entries. Sub-packages: the
 * online intake's inbox and the procedure catalogue. See {@code docs/dossiers.md}.
 */
package vn.hanoi.gateway.dossiers;
