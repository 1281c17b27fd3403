package vn.hanoi.gateway.routes.npsp;

import java.util.Map;

/**
 * The result files of dossiers as the outbox delivers them (the gateway stores them): their bytes, read from the
 * warehouse when they are uploaded, and the portal's {@code IdTep} of each uploaded file, recorded before its
 * upload counts as delivered, so that the {@code DongBoHoSoMC} that follows can name it.
 */
public interface ResultFiles {

    /** The document's bytes, checked against {@code sha256}; {@link IllegalArgumentException} if they cannot be. */
    byte[] content(String documentId, String sha256);

    /** The {@code IdTep} of each of the dossier's uploaded files, by SHA-256. */
    Map<String, String> portalFileIds(String dossierCode);

    /** Records the portal's {@code IdTep} of the dossier's file (a repeat of the same upload records it again). */
    void uploaded(String dossierCode, String sha256, String portalFileId);
}
