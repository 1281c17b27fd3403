package vn.hanoi.gateway.mappings.documentaxis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.testing.Fixtures;

class EdxmlReaderTest {

    private final EdxmlReader reader = new EdxmlReader();

    @Test
    void readsAnIncomingTransferInTheDefaultNamespaceWithItsDatesWrittenYearFirst() {
        AxisDocument document = (AxisDocument) reader.read(fixture("incoming-transfer-08980.xml"));

        assertThat(document.documentId()).isEqualTo("000.00.00.H01,2026/11/18,412/UBND-LT");
        assertThat(document.fromOrganId()).isEqualTo("000.00.00.H01");
        assertThat(document.fromOrganName()).isEqualTo("UBND tỉnh khác (sandbox)");
        assertThat(document.toOrganIds()).containsExactly("000.00.00.H00");
        assertThat(document.codeNumber()).isEqualTo("412");
        assertThat(document.codeNotation()).isEqualTo("UBND-LT");
        assertThat(document.promulgationDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(document.subject()).isEqualTo("Chuyển hồ sơ đăng ký thường trú về nơi cư trú mới");
        assertThat(document.responseForIds()).isEmpty();
        assertThat(document.responseFor()).isNull();
        assertThat(document.sentAt()).isEqualTo(OffsetDateTime.parse("2026-11-18T14:02:11+07:00"));
        assertThat(document.dossier()).isEqualTo(new TransferredDossier("000.00.00.H01-261118-0412", "9.000003",
                TransferPurpose.HAND_OVER, "08980", null,
                new Applicant(ApplicantType.CITIZEN, "001066246367", "Trần Thành Hùng"), LocalDate.of(2026, 11, 25)));
        assertThat(document.attachments()).singleElement().satisfies(file -> {
            assertThat(file.contentId()).isEqualTo("cid:1");
            assertThat(file.name()).isEqualTo("to-khai-thay-doi-thong-tin-cu-tru.pdf");
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.sha256()).isEqualTo("3d13f481df08109461e281881e15a1d0a6b5c6ac8b70824eafcdc78dfa95d462");
            assertThat(file.documentType()).isEqualTo(DocumentType.APPLICATION_FORM);
            assertThat(new String(file.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        });
    }

    @Test
    void readsAPrefixedTransferToAPre2025CommuneWithItsDatesWrittenDayFirst() {
        AxisDocument document = (AxisDocument) reader.read(fixture("incoming-transfer-legacy-00055.xml"));

        assertThat(document.promulgationDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(document.sentAt()).isEqualTo(OffsetDateTime.parse("2026-11-19T10:30:45+07:00"));
        assertThat(document.dossier().unitCode()).isEqualTo("00055");
        assertThat(document.dossier().legacyDistrictCode()).isEqualTo("002");
        assertThat(document.dossier().replyBy()).isNull();
        assertThat(document.attachments()).extracting(AxisAttachment::name, AxisAttachment::documentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to-khai-dang-ky-khai-sinh.pdf",
                                DocumentType.APPLICATION_FORM),
                        org.assertj.core.groups.Tuple.tuple("giay-chung-sinh.pdf", DocumentType.BIRTH_NOTICE));
    }

    @Test
    void readsTheOutgoingHandOverAsTheTaxOfficeWouldReceiveIt() {
        AxisDocument document = (AxisDocument) reader.read(fixture("outgoing-hand-over.xml"));

        assertThat(document.documentId()).isEqualTo("000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC");
        assertThat(document.toOrganIds()).containsExactly("000.00.00.G01");
        assertThat(document.dossier().purpose()).isEqualTo(TransferPurpose.HAND_OVER);
        assertThat(document.dossier().unitCode()).isNull();
        assertThat(document.attachments()).extracting(AxisAttachment::documentType)
                .containsExactly(null, DocumentType.LAND_USE_CERTIFICATE);
    }

    @Test
    void readsAStatusWithWhatItAnswers() {
        StatusMessage status = (StatusMessage) reader.read(fixture("status-03-received.xml"));

        assertThat(status).isEqualTo(new StatusMessage("000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC", "000.00.00.H00",
                "LT-000017/HNI-LTMC", LocalDate.of(2026, 11, 20),
                "000.00.00.G01", "Cục Thuế (sandbox)", "03", AxisStatus.RECEIVED,
                "Đã tiếp nhận, vào sổ văn bản đến", OffsetDateTime.parse("2026-11-20T09:15:02+07:00"), "Văn thư",
                "Văn thư Cục Thuế (sandbox)"));
        assertThat(status.responseFor()).isEqualTo("000.00.00.H00,2026/11/20,LT-000017/HNI-LTMC");
        assertThat(status.description()).isEqualTo("Đã tiếp nhận, vào sổ văn bản đến");
    }

    @Test
    void aStatusWrittenByTheGatewayIsTheSampleStatusToTheByte() {
        String sample = fixture("status-03-received.xml");

        assertThat(new EdxmlWriter().write((StatusMessage) reader.read(sample))).isEqualTo(sample);
    }

    @Test
    void refusesADocumentWithoutItsDocumentIdNamingTheMissingElement() {
        assertThatThrownBy(() -> reader.read(fixture("malformed-missing-documentid.xml")))
                .isInstanceOfSatisfying(MalformedEdxml.class, malformed -> {
                    assertThat(malformed.reason()).isEqualTo("MISSING_ELEMENT");
                    assertThat(malformed.element()).isEqualTo("MessageHeader/DocumentId");
                });
    }

    @Test
    void keepsAStatusCodeItDoesNotKnowAsUnknownAndReadsIndependentOfOrderAndExtraElements() {
        String status = """
                <e:edXMLEnvelope xmlns:e="http://www.mic.gov.vn/TBT/QCVN_102_2016"><e:edXMLHeader><e:Status>
                  <e:Timestamp>2026/11/21 08:00:00</e:Timestamp><e:Unheard>x</e:Unheard>
                  <e:StatusCode>99</e:StatusCode>
                  <e:From><e:OrganName>Cục Thuế</e:OrganName><e:OrganId>000.00.00.G01</e:OrganId></e:From>
                  <e:ResponseFor><e:DocumentId>D-1</e:DocumentId></e:ResponseFor>
                </e:Status></e:edXMLHeader></e:edXMLEnvelope>""";

        StatusMessage read = (StatusMessage) reader.read(status);

        assertThat(read.statusCode()).isEqualTo("99");
        assertThat(read.status()).isEqualTo(AxisStatus.UNKNOWN);
        assertThat(read.fromOrganId()).isEqualTo("000.00.00.G01");
        assertThat(read.sentAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:00:00+07:00"));
        assertThat(read.description()).isNull();
    }

    @Test
    void mapsEveryStatusCodeOfTheContract() {
        assertThat(List.of("01", "02", "03", "04", "05", "06", "13", "15", "16", "07", "")).map(AxisStatus::of)
                .containsExactly(AxisStatus.ARRIVED, AxisStatus.REFUSED, AxisStatus.RECEIVED,
                        AxisStatus.ASSIGNED, AxisStatus.PROCESSING, AxisStatus.COMPLETED,
                        AxisStatus.RECALL_REQUESTED, AxisStatus.CHANGE_ACCEPTED, AxisStatus.CHANGE_REFUSED,
                        AxisStatus.UNKNOWN, AxisStatus.UNKNOWN);
    }

    @Test
    void refusesAnAttachmentWhoseBytesDoNotMatchItsSha256() {
        String tampered = fixture("incoming-transfer-08980.xml").replace("3d13f481df", "0000000000");

        assertThatThrownBy(() -> reader.read(tampered)).isInstanceOfSatisfying(MalformedEdxml.class,
                malformed -> assertThat(malformed.reason()).isEqualTo("HASH_MISMATCH"));
    }

    @Test
    void refusesAReferenceWithoutItsAttachment() {
        String withoutFile = fixture("incoming-transfer-08980.xml")
                .replaceAll("(?s)<AttachmentEncoded>.*</AttachmentEncoded>", "");

        assertThatThrownBy(() -> reader.read(withoutFile)).isInstanceOfSatisfying(MalformedEdxml.class,
                malformed -> assertThat(malformed.reason()).isEqualTo("ATTACHMENT_MISMATCH"));
    }

    @Test
    void refusesNonXmlOtherRootsAndExternalEntities() {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<edXMLEnvelope><edXMLHeader>&x;</edXMLHeader></edXMLEnvelope>";

        assertThatThrownBy(() -> reader.read("not xml")).isInstanceOfSatisfying(MalformedEdxml.class,
                malformed -> assertThat(malformed.reason()).isEqualTo("NOT_XML"));
        assertThatThrownBy(() -> reader.read("<Envelope/>")).isInstanceOfSatisfying(MalformedEdxml.class,
                malformed -> assertThat(malformed.reason()).isEqualTo("NOT_EDXML"));
        assertThatThrownBy(() -> reader.read(entity)).isInstanceOfSatisfying(MalformedEdxml.class,
                malformed -> assertThat(malformed.reason()).isEqualTo("NOT_XML"));
    }

    @Test
    void readsBothDateFormsAndNothingElse() {
        assertThat(EdxmlDates.day("25/11/2026")).contains(LocalDate.of(2026, 11, 25));
        assertThat(EdxmlDates.day("2026/11/25")).contains(LocalDate.of(2026, 11, 25));
        assertThat(EdxmlDates.day("2026-11-25")).isEmpty();
        assertThat(EdxmlDates.day("31/02/2026")).isEmpty();
        assertThat(EdxmlDates.instant("25/11/2026 23:59:59"))
                .contains(OffsetDateTime.parse("2026-11-25T23:59:59+07:00"));
        assertThat(EdxmlDates.instant("2026/11/25")).contains(OffsetDateTime.parse("2026-11-25T00:00+07:00"));
    }

    static String fixture(String name) {
        try {
            return Files.readString(Fixtures.file("document-axis/" + name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
