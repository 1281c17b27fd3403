package vn.hanoi.gateway.mappings.documentaxis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DocumentType;

/**
 * Reads an edXML envelope as the axis delivers it ({@code document-axis.md}), leniently: any prefix or a default
 * namespace, unknown elements ignored, no order relied on, dates in either form. Only what the gateway cannot do
 * without is required (a document's {@code DocumentId} and sender, a status's answered {@code DocumentId}, sender and
 * code), and every attachment must come with its {@code Reference} and match its {@code Sha256}: else
 * {@link MalformedEdxml}. The JDK's parser with secure processing: no DTD, no external entity. Pure and thread-safe.
 */
public final class EdxmlReader {

    private static final String ENVELOPE = "edXMLEnvelope";

    public EdxmlMessage read(String edxml) {
        EdxmlElements envelope = parse(edxml);
        if (!ENVELOPE.equals(envelope.name())) {
            throw new MalformedEdxml("NOT_EDXML", null);
        }
        EdxmlElements header = envelope.at("edXMLHeader").orElseThrow(() -> missing("edXMLHeader"));
        return header.at("Status").<EdxmlMessage>map(EdxmlReader::status)
                .orElseGet(() -> document(envelope, header.at("MessageHeader")
                        .orElseThrow(() -> missing("MessageHeader"))));
    }

    private static StatusMessage status(EdxmlElements status) {
        String code = status.text("StatusCode");
        return new StatusMessage(required(status, "ResponseFor", "DocumentId"), status.text("ResponseFor", "OrganId"),
                status.text("ResponseFor", "Code"),
                EdxmlDates.day(status.text("ResponseFor", "PromulgationDate")).orElse(null),
                required(status, "From", "OrganId"), status.text("From", "OrganName"),
                code == null ? missingValue("Status/StatusCode") : code, AxisStatus.of(code),
                status.text("Description"), EdxmlDates.instant(status.text("Timestamp")).orElse(null),
                status.text("StaffInfo", "Department"), status.text("StaffInfo", "Staff"));
    }

    private static AxisDocument document(EdxmlElements envelope, EdxmlElements header) {
        List<EdxmlElements> traces = envelope.at("edXMLHeader", "TraceHeaderList")
                .map(list -> list.children("TraceHeader")).orElse(List.of());
        return new AxisDocument(required(header, "DocumentId"), required(header, "From", "OrganId"),
                header.text("From", "OrganName"),
                header.children("To").stream().map(to -> to.text("OrganId")).filter(id -> id != null).toList(),
                header.text("Code", "CodeNumber"), header.text("Code", "CodeNotation"),
                EdxmlDates.day(header.text("PromulgationInfo", "PromulgationDate")).orElse(null),
                header.text("Subject"),
                header.children("ResponseFor").stream().map(answered -> answered.text("DocumentId"))
                        .filter(id -> id != null).toList(),
                traces.isEmpty() ? null
                        : EdxmlDates.instant(traces.get(traces.size() - 1).text("Timestamp")).orElse(null),
                envelope.at("edXMLBody", "HoSoLienThong").map(EdxmlReader::dossier).orElse(null),
                attachments(envelope));
    }

    private static TransferredDossier dossier(EdxmlElements dossier) {
        ApplicantType type = ApplicantType.fromPortal(dossier.text("LoaiDoiTuong")).orElse(null);
        return new TransferredDossier(dossier.text("MaHoSo"), dossier.text("MaTTHC"),
                TransferPurpose.fromMucDich(dossier.text("MucDich")).orElse(null), dossier.text("MaDonViNhan"),
                dossier.text("MaQuanHuyenNhan"),
                new Applicant(type, dossier.text("MaDoiTuong"), dossier.text("ChuHoSo")),
                EdxmlDates.day(dossier.text("HanTraLoi")).orElse(null));
    }

    private static List<AxisAttachment> attachments(EdxmlElements envelope) {
        List<EdxmlElements> references = envelope.at("edXMLBody", "edXMLManifest")
                .map(manifest -> manifest.children("Reference")).orElse(List.of());
        Map<String, String> encoded = envelope.at("AttachmentEncoded")
                .map(all -> all.children("Attachment")).orElse(List.of()).stream()
                .collect(Collectors.toMap(attachment -> contentId(attachment, "Attachment/ContentId"),
                        attachment -> String.valueOf(attachment.text("ContentTransferEncoded")), (first, again) -> {
                            throw new MalformedEdxml("ATTACHMENT_MISMATCH", "AttachmentEncoded/Attachment/ContentId");
                        }));
        if (encoded.size() != references.size()) {
            throw new MalformedEdxml("ATTACHMENT_MISMATCH", "AttachmentEncoded/Attachment");
        }
        return references.stream().map(reference -> attachment(reference, encoded)).toList();
    }

    private static AxisAttachment attachment(EdxmlElements reference, Map<String, String> encoded) {
        String contentId = contentId(reference, "edXMLManifest/Reference/ContentId");
        if (!encoded.containsKey(contentId)) {
            throw new MalformedEdxml("ATTACHMENT_MISMATCH", "edXMLManifest/Reference/ContentId");
        }
        byte[] content = decode(encoded.get(contentId));
        String sha256 = sha256(content);
        String declared = reference.text("Sha256");
        if (declared != null && !declared.toLowerCase(Locale.ROOT).equals(sha256)) {
            throw new MalformedEdxml("HASH_MISMATCH", "edXMLManifest/Reference/Sha256");
        }
        return new AxisAttachment(contentId, reference.text("AttachmentName"), reference.text("ContentType"),
                reference.text("Description"), sha256,
                DocumentType.fromPortal(reference.text("MaGiayTo")).orElse(null), content);
    }

    private static String contentId(EdxmlElements element, String path) {
        String contentId = element.text("ContentId");
        return contentId == null ? missingValue(path) : contentId;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new MalformedEdxml("BAD_BASE64", "AttachmentEncoded/Attachment/ContentTransferEncoded");
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String required(EdxmlElements parent, String... path) {
        String value = parent.text(path);
        return value == null ? missingValue(parent.name() + "/" + String.join("/", path)) : value;
    }

    private static String missingValue(String element) {
        throw missing(element);
    }

    private static MalformedEdxml missing(String element) {
        return new MalformedEdxml("MISSING_ELEMENT", element);
    }

    private static EdxmlElements parse(String edxml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new EdxmlElements(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(String.valueOf(edxml).getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement());
        } catch (SAXException | IOException notXml) {
            throw new MalformedEdxml("NOT_XML", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }
}
