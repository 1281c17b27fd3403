package vn.hanoi.gateway.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox directory of organs and what each does with a document it is sent ({@code document-axis.md}, "Organs"):
 * the status messages, and the tax office's reply document when asked for an opinion ({@code MucDich 1}), written as
 * edXML the way the organ would post them.
 */
final class AxisOrgans {

    static final String GATEWAY = "000.00.00.H00";
    static final String TAX = "000.00.00.G01";
    static final Map<String, String> DIRECTORY = directory();
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final String REPLY_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            + "% Ket qua y kien Cuc Thue (sandbox)\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    private AxisOrgans() {
    }

    private static Map<String, String> directory() {
        Map<String, String> organs = new LinkedHashMap<>();
        organs.put(GATEWAY, "UBND thành phố Hà Nội (hệ thống một cửa)");
        organs.put(TAX, "Cục Thuế (sandbox)");
        organs.put("000.00.00.G02", "Bảo hiểm xã hội (sandbox)");
        organs.put("000.00.00.G03", "Công an (sandbox)");
        organs.put("000.00.00.H01", "UBND tỉnh khác (sandbox)");
        return Map.copyOf(organs);
    }

    /** One message an organ posts back: a status (code, description) or, with {@code reply}, a document. */
    record Scripted(String statusCode, String description, boolean reply) {
    }

    /** What {@code organ} answers a document, in order. */
    static List<Scripted> script(String organ, String mucDich) {
        List<Scripted> script = new ArrayList<>();
        switch (organ) {
            case TAX -> {
                script.add(new Scripted("01", "Đã đến hệ thống", false));
                script.add(new Scripted("03", "Đã tiếp nhận, vào sổ văn bản đến", false));
                script.add(new Scripted("04", "Đã phân công xử lý", false));
                script.add(new Scripted("05", "Đang xử lý", false));
                if ("1".equals(mucDich)) {
                    script.add(new Scripted(null, null, true));
                }
                script.add(new Scripted("06", "Hoàn thành", false));
            }
            case "000.00.00.G02" -> {
                script.add(new Scripted("01", "Đã đến hệ thống", false));
                script.add(new Scripted("02", "Không thuộc thẩm quyền giải quyết", false));
            }
            case "000.00.00.G03" -> script.add(new Scripted("01", "Đã đến hệ thống", false));
            case "000.00.00.H01" -> {
                script.add(new Scripted("01", "Đã đến hệ thống", false));
                script.add(new Scripted("03", "Đã tiếp nhận, vào sổ văn bản đến", false));
            }
            default -> { }
        }
        return script;
    }

    static String status(String organ, AxisMessageRules.Document answered, Scripted step, OffsetDateTime at) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML:edXMLEnvelope xmlns:edXML=\"" + AxisEnvelope.NAMESPACE + "\">"
                + "<edXML:edXMLHeader><edXML:Status>" + responseFor(answered)
                + "<edXML:From><edXML:OrganId>" + organ + "</edXML:OrganId><edXML:OrganName>" + DIRECTORY.get(organ)
                + "</edXML:OrganName></edXML:From><edXML:StatusCode>" + step.statusCode() + "</edXML:StatusCode>"
                + "<edXML:Description>" + step.description() + "</edXML:Description><edXML:Timestamp>"
                + INSTANT.format(at) + "</edXML:Timestamp><edXML:StaffInfo><edXML:Department>Văn thư</edXML:Department>"
                + "<edXML:Staff>Văn thư " + DIRECTORY.get(organ) + "</edXML:Staff></edXML:StaffInfo>"
                + "</edXML:Status></edXML:edXMLHeader></edXML:edXMLEnvelope>\n";
    }

    /** The reply's {@code DocumentId}: the organ's, on the day, numbered after the request. */
    static String replyId(String organ, AxisMessageRules.Document answered, OffsetDateTime at) {
        return organ + "," + DAY.format(at) + "," + answered.codeNumber() + "/YK";
    }

    static String reply(String organ, AxisMessageRules.Document answered, String dossier, OffsetDateTime at) {
        byte[] pdf = REPLY_PDF.getBytes(StandardCharsets.US_ASCII);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<edXML:edXMLEnvelope xmlns:edXML=\"" + AxisEnvelope.NAMESPACE + "\">"
                + "<edXML:edXMLHeader><edXML:MessageHeader>"
                + "<edXML:From><edXML:OrganId>" + organ + "</edXML:OrganId><edXML:OrganName>" + DIRECTORY.get(organ)
                + "</edXML:OrganName></edXML:From>"
                + "<edXML:To><edXML:OrganId>" + answered.from() + "</edXML:OrganId><edXML:OrganName>"
                + DIRECTORY.getOrDefault(answered.from(), "") + "</edXML:OrganName></edXML:To>"
                + "<edXML:DocumentId>" + replyId(organ, answered, at) + "</edXML:DocumentId>"
                + "<edXML:Code><edXML:CodeNumber>" + answered.codeNumber() + "</edXML:CodeNumber>"
                + "<edXML:CodeNotation>YK</edXML:CodeNotation></edXML:Code>"
                + "<edXML:PromulgationInfo><edXML:Place>Hà Nội</edXML:Place><edXML:PromulgationDate>" + DATE.format(at)
                + "</edXML:PromulgationDate></edXML:PromulgationInfo>"
                + "<edXML:DocumentType><edXML:Type>1</edXML:Type><edXML:TypeName>Công văn</edXML:TypeName></edXML:DocumentType>"
                + "<edXML:Subject>Ý kiến về " + escaped(answered.subject()) + "</edXML:Subject>"
                + responseFor(answered)
                + "</edXML:MessageHeader><edXML:TraceHeaderList><edXML:TraceHeader><edXML:OrganId>" + organ
                + "</edXML:OrganId><edXML:Timestamp>" + INSTANT.format(at) + "</edXML:Timestamp></edXML:TraceHeader>"
                + "</edXML:TraceHeaderList></edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest version=\"1.0\">"
                + "<edXML:Reference><edXML:ContentId>cid:1</edXML:ContentId><edXML:ContentType>application/pdf"
                + "</edXML:ContentType><edXML:AttachmentName>ket-qua-y-kien.pdf</edXML:AttachmentName><edXML:Sha256>"
                + AxisMessageRules.sha256(pdf) + "</edXML:Sha256></edXML:Reference></edXML:edXMLManifest>"
                + dossier + "</edXML:edXMLBody><edXML:AttachmentEncoded><edXML:Attachment><edXML:ContentId>cid:1"
                + "</edXML:ContentId><edXML:ContentTransferEncoded>" + Base64.getEncoder().encodeToString(pdf)
                + "</edXML:ContentTransferEncoded></edXML:Attachment></edXML:AttachmentEncoded></edXML:edXMLEnvelope>\n";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String responseFor(AxisMessageRules.Document answered) {
        return "<edXML:ResponseFor><edXML:OrganId>" + answered.from() + "</edXML:OrganId><edXML:Code>"
                + answered.codeNumber() + "/" + answered.codeNotation() + "</edXML:Code><edXML:PromulgationDate>"
                + DATE.format(LocalDate.parse(answered.promulgationDate())) + "</edXML:PromulgationDate>"
                + "<edXML:DocumentId>" + answered.documentId() + "</edXML:DocumentId></edXML:ResponseFor>";
    }
}
