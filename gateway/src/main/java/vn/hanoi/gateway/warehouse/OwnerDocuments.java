package vn.hanoi.gateway.warehouse;

import java.util.List;
import java.util.Optional;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/**
 * What the rest of the gateway asks of the warehouse: the metadata of every document an owner has, current or not
 * (prefill), and one document of an owner's (a dossier's documents).
 */
public interface OwnerDocuments {

    List<WarehouseDocument> of(ApplicantType ownerType, String ownerId);

    /** The document, if the warehouse holds it for that owner (another owner's is not theirs: empty). */
    Optional<WarehouseDocument> find(ApplicantType ownerType, String ownerId, String documentId);
}
