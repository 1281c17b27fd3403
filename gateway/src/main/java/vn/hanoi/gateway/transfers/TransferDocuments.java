package vn.hanoi.gateway.transfers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;
import vn.hanoi.gateway.warehouse.HeldDocuments;
import vn.hanoi.gateway.warehouse.WarehouseDocument;

/**
 * A transfer's documents are the applicant's warehouse documents (another owner's counts as not found), each at most
 * what the axis takes ({@value #MAX_MIB} MiB decoded, {@code document-axis.md}), and together at most what fits in
 * its 32 MiB body once base64-encoded ({@value #MAX_TOTAL_MIB} MiB). Else 422 {@code DOCUMENT_NOT_FOUND} or
 * {@code DOCUMENT_TOO_LARGE} (the first that applies), naming each failing {@code documents[i].documentId}.
 */
@Component
class TransferDocuments {

    static final int MAX_MIB = 10;
    static final int MAX_TOTAL_MIB = 23;
    static final String NOT_FOUND = "NOT_FOUND";
    static final String TOO_LARGE = "TOO_LARGE";

    private final HeldDocuments warehouse;

    TransferDocuments(HeldDocuments warehouse) {
        this.warehouse = warehouse;
    }

    /** The documents, in the order named; refuses the request when one is not the applicant's or is too large. */
    List<WarehouseDocument> require(Applicant applicant, List<String> documentIds) {
        List<FieldError> missing = new ArrayList<>();
        List<FieldError> tooLarge = new ArrayList<>();
        List<WarehouseDocument> found = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < documentIds.size(); i++) {
            String field = "documents[" + i + "].documentId";
            Optional<WarehouseDocument> document = warehouse.find(documentIds.get(i))
                    .filter(held -> held.ownerType() == applicant.type() && held.ownerId().equals(applicant.id()));
            if (document.isEmpty()) {
                missing.add(new FieldError(field, NOT_FOUND, "the warehouse holds no such document of the applicant"));
                continue;
            }
            total += document.get().sizeBytes();
            if (document.get().sizeBytes() > DataSize.ofMegabytes(MAX_MIB).toBytes()
                    || total > DataSize.ofMegabytes(MAX_TOTAL_MIB).toBytes()) {
                tooLarge.add(new FieldError(field, TOO_LARGE, "the axis takes at most " + MAX_MIB + " MiB a document and "
                        + MAX_TOTAL_MIB + " MiB in all"));
            }
            found.add(document.get());
        }
        if (!missing.isEmpty()) {
            throw new ApiException(ErrorCode.DOCUMENT_NOT_FOUND, missing.size() + " of the transfer's documents are not in "
                    + "the warehouse as the applicant's.", missing, null);
        }
        if (!tooLarge.isEmpty()) {
            throw new ApiException(ErrorCode.DOCUMENT_TOO_LARGE, tooLarge.size() + " of the transfer's documents are "
                    + "larger than the axis takes.", tooLarge, null);
        }
        return found;
    }
}
