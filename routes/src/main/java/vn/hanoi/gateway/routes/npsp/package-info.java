/**
 * The National Public Service Portal: JSON over POST with a session ({@link vn.hanoi.gateway.routes.npsp.NpspClient},
 * re-login once on {@code error_code 03}), and three scheduled jobs, each a route pair
 * {@code npsp-<job>-schedule} (timer) → {@code direct:npsp-<job>}:
 * <ul>
 *   <li>{@code npsp-dispatch}: delivers the durable outbox to the portal, per dossier in order, with backoff and parking;</li>
 *   <li>{@code npsp-intake}: takes online dossiers from a persisted checkpoint and routes them to inboxes;</li>
 *   <li>{@code npsp-catalogue-sync}: synchronises the procedure catalogue (also on demand).</li>
 * </ul>
 * Storage is the gateway's: it implements {@link vn.hanoi.gateway.routes.npsp.Outbox},
 * {@link vn.hanoi.gateway.routes.npsp.IntakeLedger} and {@link vn.hanoi.gateway.routes.npsp.ProcedureCatalogue}.
 */
package vn.hanoi.gateway.routes.npsp;
