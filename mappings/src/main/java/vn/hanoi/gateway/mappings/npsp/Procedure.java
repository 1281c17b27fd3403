package vn.hanoi.gateway.mappings.npsp;

import java.util.List;

/** An administrative procedure of the portal's catalogue, field order as {@code fixtures/npsp/canonical/procedures/}. */
public record Procedure(
        String code,
        String name,
        String fieldCode,
        String fieldName,
        String level,
        boolean locationIndependent,
        Integer processingDays,
        ApplicantType applicantType,
        List<Document> documents) {

    public Procedure {
        documents = List.copyOf(documents);
    }

    /** One component of the dossier the procedure asks for, with where its evidence can come from. */
    public record Document(String componentCode, String name, DocumentType documentType, boolean required,
                           String source) {
    }
}
