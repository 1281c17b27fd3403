package vn.hanoi.gateway.mappings.documentaxis;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.PortalTime;

/**
 * Writes an {@link OutgoingDocument} as the axis's edXML envelope, element by element as {@code document-axis.md}'s
 * table and {@code fixtures/document-axis/outgoing-hand-over.xml} have it: prefix {@code edXML}, dates
 * {@code dd/MM/yyyy} and instants {@code dd/MM/yyyy HH:mm:ss} in Vietnam time, document type {@code 1}
 * ({@code Công văn}), one {@code TraceHeader} (the sender, when it sent), optional elements left out when empty,
 * attachments base64 on one line. Pure: no I/O but the string it returns.
 */
public final class EdxmlWriter {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String PREFIX = "edXML";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    public String write(OutgoingDocument document) {
        StringWriter out = new StringWriter();
        try {
            Indented xml = new Indented(FACTORY.createXMLStreamWriter(out));
            xml.writer.writeStartDocument("UTF-8", "1.0");
            xml.open("edXMLEnvelope");
            xml.writer.writeNamespace(PREFIX, NAMESPACE);
            xml.open("edXMLHeader");
            header(xml, document);
            xml.close();
            xml.open("edXMLBody");
            manifest(xml, document.attachments());
            dossier(xml, document.dossier());
            xml.close();
            attachments(xml, document.attachments());
            xml.close();
            xml.writer.writeCharacters("\n");
            xml.writer.writeEndDocument();
            xml.writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("edXML could not be written", e);
        }
        return out.toString();
    }

    /**
     * Writes a status message ({@code status-03-received.xml}'s shape): what the gateway answers about a document it
     * received. {@code status} (the meaning) is not written: {@code statusCode} is.
     */
    public String write(StatusMessage status) {
        StringWriter out = new StringWriter();
        try {
            Indented xml = new Indented(FACTORY.createXMLStreamWriter(out));
            xml.writer.writeStartDocument("UTF-8", "1.0");
            xml.open("edXMLEnvelope");
            xml.writer.writeNamespace(PREFIX, NAMESPACE);
            xml.open("edXMLHeader");
            xml.open("Status");
            xml.open("ResponseFor");
            xml.leaf("OrganId", status.responseForOrganId());
            xml.leaf("Code", status.responseForCode());
            xml.leaf("PromulgationDate", status.responseForDate() == null ? "" : DATE.format(status.responseForDate()));
            xml.leaf("DocumentId", status.responseFor());
            xml.close();
            xml.open("From");
            xml.leaf("OrganId", status.fromOrganId());
            xml.leaf("OrganName", status.fromOrganName());
            xml.close();
            xml.leaf("StatusCode", status.statusCode());
            xml.leaf("Description", status.description());
            xml.leaf("Timestamp", INSTANT.format(status.sentAt().atZoneSameInstant(PortalTime.VIETNAM)));
            if (status.department() != null || status.staff() != null) {
                xml.open("StaffInfo");
                xml.optional("Department", status.department());
                xml.optional("Staff", status.staff());
                xml.close();
            }
            xml.close();
            xml.close();
            xml.close();
            xml.writer.writeCharacters("\n");
            xml.writer.writeEndDocument();
            xml.writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("edXML could not be written", e);
        }
        return out.toString();
    }

    private static void header(Indented xml, OutgoingDocument document) throws XMLStreamException {
        xml.open("MessageHeader");
        organ(xml, "From", document.from());
        for (OutgoingDocument.Organ to : document.to()) {
            organ(xml, "To", to);
        }
        xml.leaf("DocumentId", document.documentId());
        xml.open("Code");
        xml.leaf("CodeNumber", document.codeNumber());
        xml.leaf("CodeNotation", document.codeNotation());
        xml.close();
        xml.open("PromulgationInfo");
        xml.leaf("Place", document.place());
        xml.leaf("PromulgationDate", DATE.format(document.promulgationDate()));
        xml.close();
        xml.open("DocumentType");
        xml.leaf("Type", "1");
        xml.leaf("TypeName", "Công văn");
        xml.close();
        xml.leaf("Subject", document.subject());
        xml.close();
        xml.open("TraceHeaderList");
        xml.open("TraceHeader");
        xml.leaf("OrganId", document.from().organId());
        xml.leaf("Timestamp", INSTANT.format(document.sentAt().atZoneSameInstant(PortalTime.VIETNAM)));
        xml.close();
        xml.close();
    }

    private static void organ(Indented xml, String element, OutgoingDocument.Organ organ) throws XMLStreamException {
        xml.open(element);
        xml.leaf("OrganId", organ.organId());
        xml.leaf("OrganName", organ.organName() == null ? "" : organ.organName());
        xml.close();
    }

    private static void manifest(Indented xml, List<OutgoingDocument.Attachment> attachments) throws XMLStreamException {
        xml.open("edXMLManifest");
        xml.writer.writeAttribute("version", "1.0");
        for (int i = 0; i < attachments.size(); i++) {
            OutgoingDocument.Attachment attachment = attachments.get(i);
            xml.open("Reference");
            xml.leaf("ContentId", contentId(i));
            xml.leaf("ContentType", attachment.mediaType());
            xml.optional("Description", attachment.description());
            xml.leaf("AttachmentName", attachment.name());
            xml.leaf("Sha256", attachment.sha256());
            xml.optional("MaGiayTo", attachment.maGiayTo());
            xml.close();
        }
        xml.close();
    }

    private static void dossier(Indented xml, OutgoingDocument.Dossier dossier) throws XMLStreamException {
        xml.open("HoSoLienThong");
        xml.leaf("MaHoSo", dossier.dossierCode());
        xml.leaf("MaTTHC", dossier.procedureCode());
        xml.leaf("MucDich", dossier.purpose().mucDich());
        xml.optional("MaDonViNhan", dossier.unitCode());
        xml.leaf("ChuHoSo", dossier.applicantName());
        xml.leaf("LoaiDoiTuong", dossier.applicantType() == ApplicantType.ENTERPRISE ? "2" : "1");
        xml.leaf("MaDoiTuong", dossier.applicantId());
        xml.optional("HanTraLoi", dossier.replyBy() == null ? null : DATE.format(dossier.replyBy()));
        xml.close();
    }

    private static void attachments(Indented xml, List<OutgoingDocument.Attachment> attachments)
            throws XMLStreamException {
        xml.open("AttachmentEncoded");
        for (int i = 0; i < attachments.size(); i++) {
            xml.open("Attachment");
            xml.leaf("ContentId", contentId(i));
            xml.leaf("ContentTransferEncoded", Base64.getEncoder().encodeToString(attachments.get(i).content()));
            xml.close();
        }
        xml.close();
    }

    private static String contentId(int index) {
        return "cid:" + (index + 1);
    }

    /** A stream writer that indents by two spaces per level, as the contract's samples are written. */
    private static final class Indented {
        private final XMLStreamWriter writer;
        private int depth;

        Indented(XMLStreamWriter writer) {
            this.writer = writer;
        }

        void open(String name) throws XMLStreamException {
            newLine();
            writer.writeStartElement(PREFIX, name, NAMESPACE);
            depth++;
        }

        void close() throws XMLStreamException {
            depth--;
            newLine();
            writer.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            newLine();
            writer.writeStartElement(PREFIX, name, NAMESPACE);
            writer.writeCharacters(text == null ? "" : text);
            writer.writeEndElement();
        }

        void optional(String name, String text) throws XMLStreamException {
            if (text != null && !text.isBlank()) {
                leaf(name, text);
            }
        }

        private void newLine() throws XMLStreamException {
            writer.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
