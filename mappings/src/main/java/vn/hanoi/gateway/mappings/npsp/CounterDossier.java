package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A dossier received at a counter of the one-stop shop, as {@code POST /api/v1/dossiers} takes it
 * ({@code API.md}); synchronised to the portal with {@code DongBoHoSoMC}.
 */
public record CounterDossier(
        String dossierCode,
        String procedureCode,
        Applicant applicant,
        OffsetDateTime receivedAt,
        OffsetDateTime dueAt,
        Channel channel,
        String receivingUnitCode,
        String summary,
        List<Document> documents) {

    public CounterDossier {
        documents = List.copyOf(documents);
    }

    /** A component submitted with the dossier. */
    public record Document(String componentCode, DocumentType documentType, String documentId) {
    }
}
