package vn.hanoi.gateway.dossiers.incoming;

import java.time.LocalDate;

/**
 * Where the files of an incoming transfer are kept: the warehouse implements it (so that this package does not depend
 * on the warehouse, which depends on {@code dossiers}).
 */
public interface IncomingDocuments {

    /** Keeps the file as the applicant's document; returns its warehouse document id. */
    String keep(IncomingFile file);

    /**
     * A file to keep: owner the applicant, {@code documentType} the canonical type or null when the sender named none
     * the gateway knows, {@code title} the file name, {@code issuer} the sending organ, {@code issuedOn} the
     * document's promulgation date.
     */
    record IncomingFile(vn.hanoi.gateway.mappings.npsp.Applicant owner, String documentType, String title,
                        String issuer, LocalDate issuedOn, String dossierCode, String mediaType, byte[] content) {
    }
}
