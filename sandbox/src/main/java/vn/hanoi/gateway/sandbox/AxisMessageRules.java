package vn.hanoi.gateway.sandbox;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Every rule of {@code document-axis.md}'s tables for a posted envelope: a document ({@code MessageHeader}) or a
 * status ({@code Status}). The first rule broken is thrown as an {@link AxisRefusal}; a message that keeps them all is
 * read into what the axis keeps of it.
 */
final class AxisMessageRules {

    static final Pattern ORGAN_ID = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}");
    static final Set<String> STATUS_CODES = Set.of("01", "02", "03", "04", "05", "06", "13", "15", "16");
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern DOSSIER_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final List<DateTimeFormatter> DATES = List.of(strict("dd/MM/uuuu"), strict("uuuu/MM/dd"));
    private static final List<DateTimeFormatter> INSTANTS = List.of(strict("dd/MM/uuuu HH:mm:ss"),
            strict("uuuu/MM/dd HH:mm:ss"));
    private static final String HEADER = "edXMLHeader/MessageHeader/";

    private final Set<String> directory;

    AxisMessageRules(Set<String> directory) {
        this.directory = directory;
    }

    /** A document the axis accepts: its keys, what makes its content (for idempotency), and what it carries. */
    record Document(String from, List<String> to, String documentId, String codeNumber, String codeNotation,
                    String promulgationDate, String subject, String responseFor, String mucDich, String content) {
    }

    /** A status the axis accepts. */
    record Status(String from, String responseForOrgan, String responseFor, String statusCode, String timestamp) {
    }

    Document document(AxisEnvelope envelope, String tokenOrgan) {
        String from = organ(envelope, HEADER + "From/OrganId", "MessageHeader/From/OrganId");
        if (!from.equals(tokenOrgan)) {
            throw new AxisRefusal(403, "SENDER_MISMATCH", null, null, null);
        }
        List<Element> toElements = envelope.all(HEADER + "To");
        if (toElements.isEmpty()) {
            throw AxisRefusal.malformed("MISSING_ELEMENT", "MessageHeader/To");
        }
        List<String> to = new ArrayList<>();
        for (Element element : toElements) {
            String organ = AxisEnvelope.text(element, "OrganId");
            if (organ == null || organ.isEmpty()) {
                throw AxisRefusal.malformed("MISSING_ELEMENT", "MessageHeader/To/OrganId");
            }
            if (!ORGAN_ID.matcher(organ).matches()) {
                throw AxisRefusal.malformed("BAD_ORGAN_ID", "MessageHeader/To/OrganId");
            }
            if (!directory.contains(organ)) {
                throw new AxisRefusal(404, "UNKNOWN_ORGAN", null, null, organ);
            }
            if (organ.equals(from) || to.contains(organ)) {
                throw AxisRefusal.malformed("BAD_VALUE", "MessageHeader/To/OrganId");
            }
            to.add(organ);
        }
        String documentId = required(envelope, HEADER + "DocumentId", "MessageHeader/DocumentId");
        if (documentId.length() > 100) {
            throw AxisRefusal.malformed("BAD_VALUE", "MessageHeader/DocumentId");
        }
        String codeNumber = required(envelope, HEADER + "Code/CodeNumber", "MessageHeader/Code/CodeNumber");
        String codeNotation = required(envelope, HEADER + "Code/CodeNotation", "MessageHeader/Code/CodeNotation");
        String promulgated = date(required(envelope, HEADER + "PromulgationInfo/PromulgationDate",
                "MessageHeader/PromulgationInfo/PromulgationDate"), "MessageHeader/PromulgationInfo/PromulgationDate");
        integer(required(envelope, HEADER + "DocumentType/Type", "MessageHeader/DocumentType/Type"),
                "MessageHeader/DocumentType/Type");
        String subject = required(envelope, HEADER + "Subject", "MessageHeader/Subject");
        if (subject.length() > 500) {
            throw AxisRefusal.malformed("BAD_VALUE", "MessageHeader/Subject");
        }
        traces(envelope);
        List<String> hashes = attachments(envelope);
        String dossier = dossier(envelope);
        String responseFor = envelope.text(HEADER + "ResponseFor/DocumentId");
        String content = String.join("|", new TreeSet<>(to).toString(), subject, dossier, new TreeSet<>(hashes).toString());
        return new Document(from, List.copyOf(to), documentId, codeNumber, codeNotation, promulgated, subject,
                responseFor, envelope.text("edXMLBody/HoSoLienThong/MucDich"), content);
    }

    Status status(AxisEnvelope envelope, String tokenOrgan) {
        String path = "edXMLHeader/Status/";
        String from = organ(envelope, path + "From/OrganId", "Status/From/OrganId");
        if (!from.equals(tokenOrgan)) {
            throw new AxisRefusal(403, "SENDER_MISMATCH", null, null, null);
        }
        String organ = organ(envelope, path + "ResponseFor/OrganId", "Status/ResponseFor/OrganId");
        if (!directory.contains(organ)) {
            throw new AxisRefusal(404, "UNKNOWN_ORGAN", null, null, organ);
        }
        required(envelope, path + "ResponseFor/Code", "Status/ResponseFor/Code");
        date(required(envelope, path + "ResponseFor/PromulgationDate", "Status/ResponseFor/PromulgationDate"),
                "Status/ResponseFor/PromulgationDate");
        String documentId = required(envelope, path + "ResponseFor/DocumentId", "Status/ResponseFor/DocumentId");
        String code = required(envelope, path + "StatusCode", "Status/StatusCode");
        if (!STATUS_CODES.contains(code)) {
            throw AxisRefusal.malformed("BAD_VALUE", "Status/StatusCode");
        }
        String timestamp = required(envelope, path + "Timestamp", "Status/Timestamp");
        instant(timestamp, "Status/Timestamp");
        return new Status(from, organ, documentId, code, timestamp);
    }

    private void traces(AxisEnvelope envelope) {
        List<Element> traces = envelope.all("edXMLHeader/TraceHeaderList/TraceHeader");
        if (traces.isEmpty()) {
            throw AxisRefusal.malformed("MISSING_ELEMENT", "TraceHeaderList/TraceHeader");
        }
        for (Element trace : traces) {
            String organ = AxisEnvelope.text(trace, "OrganId");
            String timestamp = AxisEnvelope.text(trace, "Timestamp");
            if (organ == null || organ.isEmpty()) {
                throw AxisRefusal.malformed("MISSING_ELEMENT", "TraceHeaderList/TraceHeader/OrganId");
            }
            if (!ORGAN_ID.matcher(organ).matches()) {
                throw AxisRefusal.malformed("BAD_ORGAN_ID", "TraceHeaderList/TraceHeader/OrganId");
            }
            if (timestamp == null || timestamp.isEmpty()) {
                throw AxisRefusal.malformed("MISSING_ELEMENT", "TraceHeaderList/TraceHeader/Timestamp");
            }
            instant(timestamp, "TraceHeaderList/TraceHeader/Timestamp");
        }
    }

    /** Checks the manifest against the attachments; the SHA-256 of each attachment, in manifest order. */
    private static List<String> attachments(AxisEnvelope envelope) {
        List<Element> references = envelope.all("edXMLBody/edXMLManifest/Reference");
        List<Element> attachments = envelope.all("AttachmentEncoded/Attachment");
        if (references.size() > MAX_ATTACHMENTS || attachments.size() > MAX_ATTACHMENTS) {
            throw new AxisRefusal(413, "TOO_LARGE", null, null, null);
        }
        Set<String> contentIds = new HashSet<>();
        List<String> hashes = new ArrayList<>();
        for (Element reference : references) {
            String contentId = leaf(reference, "ContentId", "edXMLManifest/Reference/ContentId");
            if (!contentId.startsWith("cid:") || !contentIds.add(contentId)) {
                throw AxisRefusal.malformed("BAD_VALUE", "edXMLManifest/Reference/ContentId");
            }
            leaf(reference, "ContentType", "edXMLManifest/Reference/ContentType");
            leaf(reference, "AttachmentName", "edXMLManifest/Reference/AttachmentName");
            String sha256 = leaf(reference, "Sha256", "edXMLManifest/Reference/Sha256");
            if (!SHA256.matcher(sha256).matches()) {
                throw AxisRefusal.malformed("BAD_VALUE", "edXMLManifest/Reference/Sha256");
            }
            Element attachment = attachments.stream()
                    .filter(candidate -> contentId.equals(AxisEnvelope.text(candidate, "ContentId"))).findFirst()
                    .orElseThrow(() -> AxisRefusal.malformed("ATTACHMENT_MISMATCH", "AttachmentEncoded/Attachment"));
            byte[] bytes = decoded(AxisEnvelope.text(attachment, "ContentTransferEncoded"));
            if (!sha256(bytes).equalsIgnoreCase(sha256)) {
                throw AxisRefusal.malformed("HASH_MISMATCH", "edXMLManifest/Reference/Sha256");
            }
            hashes.add(sha256.toLowerCase());
        }
        for (Element attachment : attachments) {
            if (!contentIds.contains(AxisEnvelope.text(attachment, "ContentId"))) {
                throw AxisRefusal.malformed("ATTACHMENT_MISMATCH", "AttachmentEncoded/Attachment");
            }
        }
        return hashes;
    }

    /** {@code HoSoLienThong}'s values, in a fixed order: part of the document's content. */
    private static String dossier(AxisEnvelope envelope) {
        String path = "edXMLBody/HoSoLienThong/";
        if (envelope.element("edXMLBody/HoSoLienThong") == null) {
            throw AxisRefusal.malformed("MISSING_ELEMENT", "HoSoLienThong");
        }
        String code = required(envelope, path + "MaHoSo", "HoSoLienThong/MaHoSo");
        if (!DOSSIER_CODE.matcher(code).matches()) {
            throw AxisRefusal.malformed("BAD_VALUE", "HoSoLienThong/MaHoSo");
        }
        String procedure = required(envelope, path + "MaTTHC", "HoSoLienThong/MaTTHC");
        String purpose = oneOf(required(envelope, path + "MucDich", "HoSoLienThong/MucDich"), Set.of("1", "2", "3"),
                "HoSoLienThong/MucDich");
        String applicant = required(envelope, path + "ChuHoSo", "HoSoLienThong/ChuHoSo");
        String kind = oneOf(required(envelope, path + "LoaiDoiTuong", "HoSoLienThong/LoaiDoiTuong"), Set.of("1", "2"),
                "HoSoLienThong/LoaiDoiTuong");
        String id = required(envelope, path + "MaDoiTuong", "HoSoLienThong/MaDoiTuong");
        String replyBy = envelope.text(path + "HanTraLoi");
        if (replyBy != null && !replyBy.isEmpty()) {
            date(replyBy, "HoSoLienThong/HanTraLoi");
        }
        return String.join("|", code, procedure, purpose, String.valueOf(envelope.text(path + "MaDonViNhan")),
                String.valueOf(envelope.text(path + "MaQuanHuyenNhan")), applicant, kind, id, String.valueOf(replyBy));
    }

    private static String organ(AxisEnvelope envelope, String path, String element) {
        String organ = required(envelope, path, element);
        if (!ORGAN_ID.matcher(organ).matches()) {
            throw AxisRefusal.malformed("BAD_ORGAN_ID", element);
        }
        return organ;
    }

    private static String required(AxisEnvelope envelope, String path, String element) {
        String text = envelope.text(path);
        if (text == null || text.isEmpty()) {
            throw AxisRefusal.malformed("MISSING_ELEMENT", element);
        }
        return text;
    }

    private static String leaf(Element parent, String name, String element) {
        String text = AxisEnvelope.text(parent, name);
        if (text == null || text.isEmpty()) {
            throw AxisRefusal.malformed("MISSING_ELEMENT", element);
        }
        return text;
    }

    private static String oneOf(String value, Set<String> allowed, String element) {
        if (!allowed.contains(value)) {
            throw AxisRefusal.malformed("BAD_VALUE", element);
        }
        return value;
    }

    private static void integer(String value, String element) {
        try {
            Integer.parseInt(value);
        } catch (NumberFormatException notInteger) {
            throw AxisRefusal.malformed("BAD_VALUE", element);
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    static String date(String text, String element) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).toString();
            } catch (DateTimeParseException tryNext) {
                // the other form
            }
        }
        throw AxisRefusal.malformed("BAD_DATE", element);
    }

    static LocalDateTime instant(String text, String element) {
        for (DateTimeFormatter format : INSTANTS) {
            try {
                return LocalDateTime.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the other form
            }
        }
        throw AxisRefusal.malformed("BAD_DATE", element);
    }

    private static byte[] decoded(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException notBase64) {
            throw AxisRefusal.malformed("BAD_BASE64", "AttachmentEncoded/Attachment/ContentTransferEncoded");
        }
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw new AxisRefusal(413, "TOO_LARGE", null, null, null);
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
