package vn.hanoi.gateway.mappings.npsp;

/**
 * What one {@code TaiLenTepKetQua} delivers: a result file of a dossier, named by its warehouse document (the bytes
 * are read from the warehouse when it is sent, and must still have this SHA-256).
 */
public record ResultUpload(String dossierCode, String documentId, String documentType, String sha256) {

    /** {@code TenTep}: the document id as a PDF file name (no {@code /} or {@code \}, as the portal requires). */
    public String fileName() {
        return documentId.replaceAll("[/\\\\]", "_") + ".pdf";
    }
}
