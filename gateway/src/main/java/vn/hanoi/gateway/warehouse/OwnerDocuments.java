package vn.hanoi.gateway.warehouse;

import java.util.List;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;

/** What prefill asks of the warehouse: the metadata of every document an owner has, current or not. */
public interface OwnerDocuments {

    List<WarehouseDocument> of(ApplicantType ownerType, String ownerId);
}
