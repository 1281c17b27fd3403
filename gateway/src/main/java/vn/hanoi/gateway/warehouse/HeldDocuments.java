package vn.hanoi.gateway.warehouse;

import java.util.Optional;

/** What a transfer asks of the warehouse: a document's metadata, and its bytes checked against their SHA-256. */
public interface HeldDocuments {

    Optional<WarehouseDocument> find(String documentId);

    /** The bytes; a file that fails its integrity check is 500 {@code DOCUMENT_INTEGRITY_FAILED}, never sent. */
    byte[] content(WarehouseDocument document);
}
