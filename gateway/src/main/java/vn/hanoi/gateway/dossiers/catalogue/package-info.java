/**
 * The procedure catalogue synchronised from the portal by the {@code npsp-catalogue-sync} route (on a schedule,
 * or on demand at {@code POST /api/v1/ops/procedures/sync}), served at {@code GET /api/v1/procedures[/{code}]}.
 */
package vn.hanoi.gateway.dossiers.catalogue;
