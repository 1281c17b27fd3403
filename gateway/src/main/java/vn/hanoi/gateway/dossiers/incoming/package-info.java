/**
 * The gateway's inbox at the national document axis: every item read by the {@code document-axis-inbox} route is
 * stored in {@code axis_inbox_item} with the cursor moved in one transaction
 * ({@link vn.hanoi.gateway.dossiers.incoming.JdbcAxisInbox}); a document that answers none of the gateway's transfers
 * is an incoming transfer ({@link vn.hanoi.gateway.dossiers.incoming.IncomingTransfers}), routed to a unit's inbox
 * with its files kept in the warehouse ({@code docs/axis-inbox.md}).
 */
package vn.hanoi.gateway.dossiers.incoming;
