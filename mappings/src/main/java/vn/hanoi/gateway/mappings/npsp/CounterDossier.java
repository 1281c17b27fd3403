package vn.hanoi.gateway.mappings.npsp;

import java.time.OffsetDateTime;
import java.util.List;
import vn.hanoi.gateway.mappings.common.ParcelAt;

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
        List<Document> documents,
        List<Party> parties,
        ParcelAt parcel) {

    public CounterDossier {
        documents = List.copyOf(documents);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A dossier that names no other party and no parcel. */
    public CounterDossier(String dossierCode, String procedureCode, Applicant applicant, OffsetDateTime receivedAt,
                          OffsetDateTime dueAt, Channel channel, String receivingUnitCode, String summary,
                          List<Document> documents) {
        this(dossierCode, procedureCode, applicant, receivedAt, dueAt, channel, receivingUnitCode, summary, documents,
                List.of(), null);
    }

    /**
     * Another person the dossier concerns (a birth registration's parents, a land transfer's other side), with
     * {@code role} as free text. {@link #toString()} hides the id.
     */
    public record Party(ApplicantType type, String id, String role) {

        @Override
        public String toString() {
            return "Party[type=" + type + ", id=***, role=" + role + "]";
        }
    }

    /** A component submitted with the dossier. */
    public record Document(String componentCode, DocumentType documentType, String documentId) {
    }
}
