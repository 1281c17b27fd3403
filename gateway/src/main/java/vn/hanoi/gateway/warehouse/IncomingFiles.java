package vn.hanoi.gateway.warehouse;

import java.util.Locale;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.dossiers.incoming.IncomingDocuments;

/**
 * Keeps the files of transfers received over the document axis as their applicant's documents. The warehouse records a
 * type for every document; a file whose sender named no type the gateway knows is kept as {@value #UNCLASSIFIED} (the
 * inbox shows its {@code documentType} as null). Its signature is checked as every stored file's is.
 */
@Component
class IncomingFiles implements IncomingDocuments {

    static final String UNCLASSIFIED = "UNCLASSIFIED";

    private final Warehouse warehouse;

    IncomingFiles(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String keep(IncomingFile file) {
        MetadataBody.Metadata metadata = new MetadataBody.Metadata(file.owner().type(), file.owner().id(),
                file.documentType() == null ? UNCLASSIFIED : file.documentType(), file.title(), file.issuer(),
                file.issuedOn(), null, file.dossierCode());
        String mediaType = file.mediaType() == null ? "application/octet-stream"
                : file.mediaType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return warehouse.store(null, metadata, mediaType, new ByteArrayResource(file.content())).documentId();
    }
}
