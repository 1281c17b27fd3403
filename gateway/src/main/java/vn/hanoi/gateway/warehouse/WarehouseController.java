package vn.hanoi.gateway.warehouse;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import vn.hanoi.gateway.access.Access;
import vn.hanoi.gateway.access.Dataset;
import vn.hanoi.gateway.dossiers.Timestamps;
import vn.hanoi.gateway.input.StrictJson;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.personaldata.PersonalDataReads;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;

/**
 * The electronic data warehouse over HTTP: store a document (multipart {@code metadata} + {@code file}), list an
 * owner's, read one's metadata and its bytes. Personal data: the {@code warehouse} dataset and a purpose, and one
 * audit event per read or store.
 */
@RestController
@RequestMapping("/api/v1/documents")
class WarehouseController {

    static final String INVALID_OWNER_ID = "INVALID_OWNER_ID";
    static final String INVALID_DOCUMENT_ID = "INVALID_DOCUMENT_ID";
    private static final Pattern DOCUMENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_METADATA = 16 * 1024;

    private final Warehouse warehouse;
    private final StrictJson json;
    private final PersonalDataReads audit;

    WarehouseController(Warehouse warehouse, StrictJson json, PersonalDataReads audit) {
        this.warehouse = warehouse;
        this.json = json;
        this.audit = audit;
    }

    record Created(String documentId, String sha256) {
    }

    /** Not {@code consumes}-restricted: the access rule is applied first, then a non-multipart body is 415. */
    @PostMapping
    @Access(dataset = Dataset.WAREHOUSE, personalData = true)
    ResponseEntity<Created> store(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send multipart/form-data with a metadata part (JSON) and a file part.");
        }
        MetadataBody.Metadata metadata = json.read(metadataOf(multipart), "metadata", MetadataBody.class).checked();
        MultipartFile file = multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", FieldCodes.REQUIRED, "a non-empty file part is required");
        }
        String mediaType = warehouse.acceptedMediaType(file.getContentType(), file);
        WarehouseDocument stored = warehouse.store(null, metadata, mediaType, file);
        auditAccess(request, stored.ownerId(), "document stored", "STORED");
        return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.documentId()))
                .body(new Created(stored.documentId(), stored.sha256()));
    }

    /** A missing or malformed {@code ownerId} is 400 with {@code INVALID_OWNER_ID}. */
    @GetMapping
    @Access(dataset = Dataset.WAREHOUSE, personalData = true)
    List<DocumentView> list(@RequestParam(required = false) String ownerId, HttpServletRequest request) {
        ApplicantType ownerType = ownerTypeOf(ownerId);
        String owner = ownerType == ApplicantType.ENTERPRISE ? EnterpriseCode.normalise(ownerId) : ownerId;
        List<WarehouseDocument> documents = warehouse.of(ownerType, owner);
        auditAccess(request, owner, "document list", documents.isEmpty() ? "NONE" : "FOUND");
        return documents.stream().map(document -> DocumentView.of(document, warehouse.today())).toList();
    }

    @GetMapping("/{documentId}")
    @Access(dataset = Dataset.WAREHOUSE, personalData = true)
    DocumentView metadata(@PathVariable String documentId, HttpServletRequest request) {
        WarehouseDocument document = find(documentId, request, "document metadata");
        auditAccess(request, document.ownerId(), "document metadata", "FOUND");
        return DocumentView.of(document, warehouse.today());
    }

    @GetMapping("/{documentId}/content")
    @Access(dataset = Dataset.WAREHOUSE, personalData = true)
    ResponseEntity<byte[]> content(@PathVariable String documentId, HttpServletRequest request) {
        WarehouseDocument document = find(documentId, request, "document content");
        byte[] bytes;
        try {
            bytes = warehouse.content(document);
        } catch (ApiException integrityFailure) {
            auditAccess(request, document.ownerId(), "document content", "INTEGRITY_FAILED");
            throw integrityFailure;
        }
        auditAccess(request, document.ownerId(), "document content", "FOUND");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(bytes.length)
                .eTag("\"" + document.sha256() + "\"")
                .cacheControl(CacheControl.noStore())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(document.sha256())) + ":")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Source-System", "warehouse")
                .header("X-Cache", "MISS")
                .header("X-Retrieved-At", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        Timestamps.inVietnam(warehouse.now())))
                .body(bytes);
    }

    private WarehouseDocument find(String documentId, HttpServletRequest request, String what) {
        if (documentId == null || !DOCUMENT_ID.matcher(documentId).matches()) {
            throw ApiException.invalid("documentId", INVALID_DOCUMENT_ID, "1-64 of A-Z a-z 0-9 . _ -");
        }
        return warehouse.find(documentId).orElseThrow(() -> {
            auditAccess(request, null, what, "NOT_FOUND");
            return new ApiException(ErrorCode.NOT_FOUND, "The warehouse holds no document " + documentId + ".");
        });
    }

    private static ApplicantType ownerTypeOf(String ownerId) {
        if (ownerId != null && PersonalId.rule().violation(ownerId).isEmpty()) {
            return ApplicantType.CITIZEN;
        }
        if (ownerId != null && new EnterpriseCode().violation(ownerId).isEmpty()) {
            return ApplicantType.ENTERPRISE;
        }
        throw ApiException.invalid("ownerId", INVALID_OWNER_ID, "a personal id (12 digits) or an enterprise code");
    }

    /** The metadata part, sent as a form field or as a file part. */
    private static String metadataOf(MultipartHttpServletRequest multipart) {
        String text = multipart.getParameter("metadata");
        MultipartFile part = text == null ? multipart.getFile("metadata") : null;
        if (text == null && part == null) {
            throw ApiException.invalid("metadata", FieldCodes.REQUIRED, "a metadata part (JSON) is required");
        }
        if ((part != null ? part.getSize() : text.length()) > MAX_METADATA) {
            throw ApiException.invalid("metadata", FieldCodes.TOO_LONG, "at most " + MAX_METADATA + " bytes");
        }
        try {
            return text != null ? text : new String(part.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the metadata part could not be read", e);
        }
    }

    /** AUDIT HOOK call site: every warehouse read and store. */
    private void auditAccess(HttpServletRequest request, String ownerId, String what, String outcome) {
        audit.record(PersonalDataReads.Event.of(request, warehouse.now(), new Dataset(Dataset.WAREHOUSE), ownerId, what, outcome));
    }
}
