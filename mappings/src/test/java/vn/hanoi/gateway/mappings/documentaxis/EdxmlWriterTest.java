package vn.hanoi.gateway.mappings.documentaxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class EdxmlWriterTest {

    private static final String FIXTURE = "document-axis/outgoing-hand-over.xml";

    @Test
    void writesTheHandOverOfTheFixtureElementByElement() throws Exception {
        Element expected = parse(Files.readAllBytes(Fixtures.file(FIXTURE)));

        String written = new EdxmlWriter().write(handOver());

        assertThat(lines(parse(written.getBytes(StandardCharsets.UTF_8)), "")).containsExactlyElementsOf(lines(expected, ""));
    }

    @Test
    void eachReferenceCarriesTheSha256OfItsAttachmentsDecodedBytes() throws Exception {
        Element written = parse(new EdxmlWriter().write(handOver()).getBytes(StandardCharsets.UTF_8));

        List<Element> references = children(child(child(written, "edXMLBody"), "edXMLManifest"));
        List<Element> encoded = children(child(written, "AttachmentEncoded"));
        assertThat(references).hasSize(2).hasSameSizeAs(encoded);
        for (int i = 0; i < references.size(); i++) {
            byte[] bytes = Base64.getMimeDecoder().decode(child(encoded.get(i), "ContentTransferEncoded").getTextContent());
            assertThat(child(references.get(i), "Sha256").getTextContent()).isEqualTo(sha256(bytes));
            assertThat(child(encoded.get(i), "ContentId").getTextContent())
                    .isEqualTo(child(references.get(i), "ContentId").getTextContent());
        }
    }

    @Test
    void leavesOutTheOptionalElementsThatAreEmpty() throws Exception {
        OutgoingDocument document = handOver();
        OutgoingDocument.Dossier dossier = document.dossier();
        OutgoingDocument bare = new OutgoingDocument(document.from(), document.to(), document.documentId(),
                document.codeNumber(), document.codeNotation(), document.place(), document.promulgationDate(),
                document.subject(), document.sentAt(), List.of(), new OutgoingDocument.Dossier(dossier.dossierCode(),
                dossier.procedureCode(), TransferPurpose.REQUEST_OPINION, "08980", dossier.applicantName(),
                ApplicantType.ENTERPRISE, "0101234567", null));

        String written = new EdxmlWriter().write(bare);

        assertThat(written).doesNotContain("HanTraLoi").doesNotContain("<edXML:Reference>")
                .contains("<edXML:MucDich>1</edXML:MucDich>").contains("<edXML:MaDonViNhan>08980</edXML:MaDonViNhan>")
                .contains("<edXML:LoaiDoiTuong>2</edXML:LoaiDoiTuong>");
    }

    @Test
    void theDocumentIdIsTheOrganTheDayAndTheTransferUnderTheGatewaysNotation() {
        assertThat(DocumentIds.of("000.00.00.H00", LocalDate.of(2026, 11, 20), "LT-000017"))
                .isEqualTo("000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC");
    }

    /** The fixture's document, as the gateway builds it from the dossier and the warehouse. */
    private static OutgoingDocument handOver() throws Exception {
        Element fixture = parse(Files.readAllBytes(Fixtures.file(FIXTURE)));
        List<Element> files = children(child(fixture, "AttachmentEncoded"));
        byte[] first = Base64.getMimeDecoder().decode(child(files.get(0), "ContentTransferEncoded").getTextContent());
        byte[] second = Base64.getMimeDecoder().decode(child(files.get(1), "ContentTransferEncoded").getTextContent());
        return new OutgoingDocument(
                new OutgoingDocument.Organ("000.00.00.H00", "UBND thành phố Hà Nội (hệ thống một cửa)"),
                List.of(new OutgoingDocument.Organ("000.00.00.G01", "Cục Thuế (sandbox)")),
                DocumentIds.of("000.00.00.H00", LocalDate.of(2026, 11, 20), "LT-000017"), "LT-000017",
                DocumentIds.CODE_NOTATION, "Hà Nội", LocalDate.of(2026, 11, 20),
                "Chuyển thông tin địa chính để xác định nghĩa vụ tài chính, hồ sơ 000.00.00.H00-261120-0101",
                OffsetDateTime.parse("2026-11-20T02:15:00Z"),
                List.of(new OutgoingDocument.Attachment("phieu-chuyen-thong-tin-dia-chinh.pdf", "application/pdf",
                                "Phiếu chuyển thông tin địa chính", sha256(first), null, first),
                        new OutgoingDocument.Attachment("gcn-qsdd.pdf", "application/pdf", null, sha256(second),
                                "GCN_QSDD", second)),
                new OutgoingDocument.Dossier("000.00.00.H00-261120-0101", "9.000006", TransferPurpose.HAND_OVER, null,
                        "Đặng Văn Sơn", ApplicantType.CITIZEN, "001051409167", LocalDate.of(2026, 11, 27)));
    }

    /** Every element as one line: its namespace and path, attributes, and (for a leaf) its text; in document order. */
    private static List<String> lines(Element element, String parent) {
        String path = parent + "/{" + element.getNamespaceURI() + "}" + element.getLocalName();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(path);
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            if (!attribute.getNodeName().startsWith("xmlns")) {
                line.append(" @").append(attribute.getNodeName()).append('=').append(attribute.getNodeValue());
            }
        }
        List<Element> children = children(element);
        if (children.isEmpty()) {
            line.append(" = ").append(element.getTextContent().strip());
        }
        lines.add(line.toString());
        children.forEach(child -> lines.addAll(lines(child, path)));
        return lines;
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ByteArrayInputStream in = new ByteArrayInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element child(Element parent, String localName) {
        Element found = null;
        Node node = parent.getFirstChild();
        while (found == null && node != null) {
            if (node instanceof Element element && element.getLocalName().equals(localName)) {
                found = element;
            }
            node = node.getNextSibling();
        }
        return found == null ? child(children(parent), localName) : found;
    }

    private static Element child(List<Element> candidates, String localName) {
        for (Element candidate : candidates) {
            Element found = child(candidate, localName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
