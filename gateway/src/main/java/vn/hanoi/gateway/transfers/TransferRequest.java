package vn.hanoi.gateway.transfers;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.gateway.mappings.documentaxis.TransferPurpose;

/** A transfer as asked, its rules checked ({@link TransferBody#checked()}). */
record TransferRequest(String recipientOrganId, TransferPurpose purpose, String subject, List<String> documentIds,
                       LocalDate replyBy, TransferChannel channel) {

    TransferRequest {
        documentIds = List.copyOf(documentIds);
    }
}
