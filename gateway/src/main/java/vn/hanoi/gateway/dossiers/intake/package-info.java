/**
 * Dossiers submitted online on the portal, taken by the {@code npsp-intake} route from a persisted checkpoint
 * ({@link vn.hanoi.gateway.dossiers.intake.JdbcIntakeLedger}) and offered to the receiving unit their routing
 * names at {@code GET /api/v1/inbox?unitCode=…} (or, waiting for a person, {@code ?decision=MANUAL_TRIAGE}).
 */
package vn.hanoi.gateway.dossiers.intake;
