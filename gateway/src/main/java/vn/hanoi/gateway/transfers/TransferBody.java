package vn.hanoi.gateway.transfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gateway.mappings.documentaxis.OrganId;
import vn.hanoi.gateway.mappings.documentaxis.TransferPurpose;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/dossiers/{dossierCode}/transfers} as sent ({@code API.md}, "Transfers"), bound
 * strictly; {@link #checked()} applies each field's rule: an organ id, a purpose, a subject of 1–500 characters, 0–20
 * documents, an optional ISO date, and a channel ({@code AXIS} when absent).
 */
record TransferBody(String recipientOrganId, String purpose, String subject, List<DocumentBody> documents,
                    String replyBy, String channel) {

    static final int MAX_DOCUMENTS = 20;
    static final int MAX_SUBJECT = 500;

    record DocumentBody(String documentId) {
    }

    TransferRequest checked() {
        FieldChecks checks = new FieldChecks();
        String recipient = checks.identifier("recipientOrganId", recipientOrganId, new OrganId());
        TransferPurpose why = checks.choice("purpose", purpose, TransferPurpose.class);
        String about = checks.required("subject", subject, MAX_SUBJECT);
        List<String> documentIds = documentIds(checks);
        LocalDate by = checks.date("replyBy", replyBy);
        TransferChannel how = channel == null ? TransferChannel.AXIS : checks.choice("channel", channel, TransferChannel.class);
        checks.verify();
        return new TransferRequest(recipient, why, about, documentIds, by, how);
    }

    private List<String> documentIds(FieldChecks checks) {
        List<DocumentBody> items = checks.items("documents", documents, MAX_DOCUMENTS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "documents[" + i + "]";
            if (checks.present(field, items.get(i)) != null) {
                ids.add(checks.required(field + ".documentId", items.get(i).documentId(), 64));
            }
        }
        return ids;
    }
}
