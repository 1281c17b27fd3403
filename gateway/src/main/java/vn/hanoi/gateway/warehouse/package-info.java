/**
 * The electronic data warehouse: the city's store of digitised dossiers and results ({@code docs/warehouse.md}).
 * Files on disk under {@code gateway.warehouse.directory}, content-addressed by SHA-256 and checked against it on
 * every read; metadata in {@code warehouse_document}; served at {@code /api/v1/documents}. Prefill asks it for an
 * owner's documents through {@link vn.hanoi.gateway.warehouse.OwnerDocuments}. The sandbox seeds it from the
 * bundled {@code fixtures/warehouse/}.
 */
package vn.hanoi.gateway.warehouse;
