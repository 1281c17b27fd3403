package vn.hanoi.gateway.warehouse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import vn.hanoi.gateway.dossiers.DigitisedDocuments;
import vn.hanoi.gateway.dossiers.SignedDocuments;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.PortalTime;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;

/**
 * The warehouse: stores a document (file first, then its metadata, so that metadata never names a file that is
 * not there), lists an owner's, and gives a document's bytes only once they match the SHA-256 recorded.
 */
@Service
class Warehouse implements OwnerDocuments, DigitisedDocuments, SignedDocuments, HeldDocuments {

    static final int MAX_LISTED = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);

    private final DocumentTable table;
    private final DocumentFiles files;
    private final WarehouseSettings settings;
    private final SignatureVerifier signatures;
    private final Clock clock;
    private final Counter integrityFailures;

    Warehouse(DocumentTable table, DocumentFiles files, WarehouseSettings settings, SignatureVerifier signatures,
              Clock clock, MeterRegistry meters) {
        this.table = table;
        this.files = files;
        this.settings = settings;
        this.signatures = signatures;
        this.clock = clock;
        this.integrityFailures = Counter.builder("gateway.warehouse.integrity.failures")
                .description("Warehouse reads refused because the file did not match its SHA-256").register(meters);
    }

    /** The media type (without parameters) if the warehouse accepts it and the file's first bytes agree; else 415. */
    String acceptedMediaType(String declared, InputStreamSource file) {
        String mediaType = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!settings.mediaTypes().contains(mediaType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "The warehouse accepts " + String.join(", ", settings.mediaTypes()) + " files.");
        }
        if (!ContentSignatures.matches(mediaType, head(file))) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The file's content is not " + mediaType + ".");
        }
        return mediaType;
    }

    /**
     * Stores the file, checks its signature (the verdict is recorded, never a reason to refuse: not every document
     * is a signed result), then stores its metadata; {@code documentId} null: a new id.
     */
    WarehouseDocument store(String documentId, MetadataBody.Metadata metadata, String mediaType, InputStreamSource file) {
        DocumentFiles.Stored stored = storeFile(file);
        SignatureCheck signature = signatures.check(mediaType, bytesOf(stored));
        WarehouseDocument document = new WarehouseDocument(documentId == null ? newId() : documentId,
                metadata.ownerType(), metadata.ownerId(), metadata.documentType(), metadata.title(), metadata.issuer(),
                metadata.issuedOn(), metadata.validUntil(), metadata.dossierCode(), mediaType, stored.size(),
                stored.sha256(), Timestamps.inVietnam(clock.instant()), signature);
        table.insert(document);
        return document;
    }

    /** Puts a held document's file back; returns its SHA-256. */
    String restoreFile(InputStreamSource file) {
        return storeFile(file).sha256();
    }

    @Override
    public List<WarehouseDocument> of(ApplicantType ownerType, String ownerId) {
        return table.ofOwner(ownerType, ownerId, MAX_LISTED);
    }

    @Override
    public Optional<WarehouseDocument> find(String documentId) {
        return table.find(documentId);
    }

    @Override
    public boolean holds(Applicant applicant, String documentId) {
        return table.find(documentId).filter(document -> document.ownerType() == applicant.type()
                && document.ownerId().equals(applicant.id())).isPresent();
    }

    /** A document stored before signatures were checked is checked now. */
    @Override
    public Optional<SignedDocuments.Held> find(Applicant applicant, String documentId) {
        return table.find(documentId).filter(document -> document.ownerType() == applicant.type()
                && document.ownerId().equals(applicant.id())).map(document -> {
                    SignatureCheck signature = document.signature() != null ? document.signature()
                            : signatures.check(document.mediaType(), content(document));
                    return new SignedDocuments.Held(document.documentId(), document.title(), document.documentType(),
                            document.issuer(), document.mediaType(), document.sizeBytes(), document.sha256(),
                            signature.verdict().name(), signature.signer(), signature.signedAt());
                });
    }

    @Override
    public byte[] content(String documentId, String sha256) {
        try {
            return files.verified(sha256, table.find(documentId).filter(document -> document.sha256().equals(sha256))
                    .orElseThrow(() -> new IllegalArgumentException("the warehouse holds no " + documentId
                            + " with that content")).sizeBytes());
        } catch (DocumentFiles.IntegrityFailure failure) {
            integrityFailures.increment();
            throw new IllegalArgumentException("the stored file of " + documentId + " failed its integrity check");
        }
    }

    /** The document's bytes, checked against its SHA-256; a mismatch is 500 {@code DOCUMENT_INTEGRITY_FAILED}. */
    @Override
    public byte[] content(WarehouseDocument document) {
        try {
            return files.verified(document.sha256(), document.sizeBytes());
        } catch (DocumentFiles.IntegrityFailure failure) {
            integrityFailures.increment();
            LOG.error("Warehouse document {} failed its integrity check ({}): not served", document.documentId(),
                    failure.getMessage());
            throw new ApiException(ErrorCode.DOCUMENT_INTEGRITY_FAILED, "The stored file of document "
                    + document.documentId() + " does not match its SHA-256; it is not served. Operations are told.");
        }
    }

    /** Whether the document's file is in place and intact. */
    boolean isIntact(WarehouseDocument document) {
        try {
            files.verified(document.sha256(), document.sizeBytes());
            return true;
        } catch (DocumentFiles.IntegrityFailure failure) {
            return false;
        }
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PortalTime.VIETNAM);
    }

    private DocumentFiles.Stored storeFile(InputStreamSource file) {
        try (InputStream content = file.getInputStream()) {
            return files.store(content, settings.maxDocumentSize().toBytes());
        } catch (DocumentFiles.TooLarge tooLarge) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "A document may be at most " + settings.maxDocumentSize().toBytes() + " bytes.");
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be stored", e);
        }
    }

    private byte[] bytesOf(DocumentFiles.Stored stored) {
        try {
            return files.verified(stored.sha256(), stored.size());
        } catch (DocumentFiles.IntegrityFailure failure) {
            throw new IllegalStateException("a file just stored failed its integrity check: " + failure.getMessage());
        }
    }

    private static byte[] head(InputStreamSource file) {
        try (InputStream content = file.getInputStream()) {
            return content.readNBytes(ContentSignatures.LONGEST);
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be read", e);
        }
    }

    private static String newId() {
        return "WH-" + UUID.randomUUID();
    }
}
