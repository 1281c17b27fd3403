/**
 * Transfers of a dossier to another agency ({@code API.md}, "Transfers"; {@code docs/transfers.md}):
 * {@code POST/GET /api/v1/dossiers/{dossierCode}/transfers}. A transfer over the axis is its own outbox entry in
 * {@code dossier_transfer}, sent by the connector's {@code document-axis-send} route through
 * {@link vn.hanoi.gateway.transfers.AxisTransferOutbox}; what the recipient answers is read from the axis inbox
 * ({@code axis_inbox_item}) as the transfer's history and replies.
 */
package vn.hanoi.gateway.transfers;
