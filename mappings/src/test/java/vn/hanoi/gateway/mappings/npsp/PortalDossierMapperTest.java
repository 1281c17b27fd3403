package vn.hanoi.gateway.mappings.npsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.gateway.mappings.common.CanonicalJson;
import vn.hanoi.gateway.mappings.testing.JsonFieldDiff;

class PortalDossierMapperTest {

    private static final CounterDossier DOSSIER = new CounterDossier(
            "000.00.00.H00-261128-0042", "9.000003",
            new Applicant(ApplicantType.CITIZEN, "001305885451", "Nguyễn Văn An"),
            OffsetDateTime.parse("2026-11-28T08:10:00+07:00"), OffsetDateTime.parse("2026-12-07T10:00:00Z"),
            Channel.POSTAL, "00070", "Đăng ký thường trú tại Hoàn Kiếm",
            List.of(new CounterDossier.Document("TP01", DocumentType.APPLICATION_FORM, "DOC-1"),
                    new CounterDossier.Document("TP02", DocumentType.IDENTITY, "DOC-2")));
    private static final Procedure PROCEDURE = new Procedure("9.000003", "Đăng ký thường trú", "CUTRU", "Cư trú",
            "Cấp xã", true, 7, ApplicantType.CITIZEN, List.of());

    private final PortalDossierMapper mapper = new PortalDossierMapper();
    private final ObjectMapper json = CanonicalJson.newMapper();

    @Test
    void translatesADossierForDongBoHoSoMC() throws Exception {
        JsonNode portal = mapper.toPortal(new DossierSync(DOSSIER, DossierStatus.PROCESSING, true), PROCEDURE);

        JsonNode expected = json.readTree("""
                {"MaHoSo": "000.00.00.H00-261128-0042", "MaTTHC": "9.000003", "TenTTHC": "Đăng ký thường trú",
                 "MaLinhVuc": "CUTRU", "TenLinhVuc": "Cư trú", "SoBienNhan": "000.00.00.H00-261128-0042",
                 "ChuHoSo": "Nguyễn Văn An", "LoaiDoiTuong": "1", "MaDoiTuong": "001305885451",
                 "TrichYeuHoSo": "Đăng ký thường trú tại Hoàn Kiếm", "NgayTiepNhan": "20261128081000",
                 "NgayHenTra": "20261207170000", "TrangThaiHoSo": "4", "NgayTra": "",
                 "KenhNop": "3", "DonViXuLy": "00070",
                 "TaiLieuNop": [
                   {"TepDinhKemId": "DOC-1", "TenTepDinhKem": "DOC-1", "MaThanhPhanHoSo": "TP01", "MaGiayTo": "TO_KHAI"},
                   {"TepDinhKemId": "DOC-2", "TenTepDinhKem": "DOC-2", "MaThanhPhanHoSo": "TP02", "MaGiayTo": "CCCD"}],
                 "DanhSachGiayToKetQua": []}
                """);
        assertThat(JsonFieldDiff.between(expected, portal)).isEmpty();
    }

    @Test
    void listsTheResultSetByTheFilesUploadedAndTellsWhenItWasReturned() throws Exception {
        ResultDocument birth = new ResultDocument("WH-SIG-GOOD", "Giấy khai sinh", "BIRTH_CERTIFICATE", "123/QĐ-UBND",
                "UBND Phuong Ba Dinh", OffsetDateTime.parse("2026-11-20T03:00:00Z"), "UBND phường Ba Đình", "ab".repeat(32));
        ResultDocument other = new ResultDocument("WH-9", "Trích lục", "TRICH_LUC", "", null,
                OffsetDateTime.parse("2026-11-21T10:00:00+07:00"), null, "cd".repeat(32));
        DossierSync sync = new DossierSync(DOSSIER, DossierStatus.RESULT_RETURNED, true, List.of(birth, other),
                OffsetDateTime.parse("2026-11-28T02:40:00Z"));

        JsonNode portal = mapper.toPortal(sync, PROCEDURE, Map.of("ab".repeat(32), "P-KQ01", "cd".repeat(32), "P-KQ02"));

        JsonNode expected = json.readTree("""
                [{"IdTep": "P-KQ01", "TenGiayTo": "Giấy khai sinh", "MaGiayTo": "GIAY_KHAI_SINH",
                  "SoKyHieu": "123/QĐ-UBND", "NgayKy": "20261120100000", "NguoiKy": "UBND Phuong Ba Dinh",
                  "CoQuanBanHanh": "UBND phường Ba Đình"},
                 {"IdTep": "P-KQ02", "TenGiayTo": "Trích lục", "MaGiayTo": "TRICH_LUC", "SoKyHieu": "",
                  "NgayKy": "20261121100000", "NguoiKy": "", "CoQuanBanHanh": ""}]
                """);
        assertThat(JsonFieldDiff.between(expected, portal.get("DanhSachGiayToKetQua"))).isEmpty();
        assertThat(portal.get("TrangThaiHoSo").asText()).isEqualTo("10");
        assertThat(portal.get("NgayTra").asText()).isEqualTo("20261128094000");
    }

    @Test
    void refusesToListAResultWhoseFileThePortalHasNotGiven() {
        ResultDocument birth = new ResultDocument("WH-1", "Giấy khai sinh", "BIRTH_CERTIFICATE", "", "A",
                OffsetDateTime.parse("2026-11-20T03:00:00Z"), "B", "ab".repeat(32));

        assertThatThrownBy(() -> mapper.toPortal(new DossierSync(DOSSIER, DossierStatus.PROCESSED, true, List.of(birth),
                null), PROCEDURE, Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WH-1");
    }

    @Test
    void uploadsAResultFileInBase64WithItsHash() {
        byte[] content = "%PDF-1.7 kết quả".getBytes(StandardCharsets.UTF_8);
        ResultUpload upload = new ResultUpload(DOSSIER.dossierCode(), "WH/SIG\\1", "BIRTH_CERTIFICATE", "ef".repeat(32));

        JsonNode portal = mapper.toPortal(upload, content);

        assertThat(portal.get("MaHoSo").asText()).isEqualTo("000.00.00.H00-261128-0042");
        assertThat(portal.get("TenTep").asText()).isEqualTo("WH_SIG_1.pdf");
        assertThat(portal.get("MaGiayTo").asText()).isEqualTo("GIAY_KHAI_SINH");
        assertThat(Base64.getDecoder().decode(portal.get("NoiDungBase64").asText())).isEqualTo(content);
        assertThat(portal.get("MaHash").asText()).isEqualTo("ef".repeat(32));
        assertThat(portal.size()).isEqualTo(5);
    }

    @Test
    void sendsEmptyTextForWhatTheGatewayDoesNotKnow() {
        CounterDossier sparse = new CounterDossier(DOSSIER.dossierCode(), DOSSIER.procedureCode(),
                new Applicant(ApplicantType.ENTERPRISE, "0101234567", "Công ty TNHH A"), DOSSIER.receivedAt(), null,
                Channel.IN_PERSON, "00070", null, List.of());

        JsonNode portal = mapper.toPortal(new DossierSync(sparse, DossierStatus.RECEIVED, false), null);

        assertThat(portal.get("TenTTHC").asText()).isEmpty();
        assertThat(portal.get("NgayHenTra").asText()).isEmpty();
        assertThat(portal.get("NgayTra").asText()).isEmpty();
        assertThat(portal.get("TrichYeuHoSo").asText()).isEmpty();
        assertThat(portal.get("LoaiDoiTuong").asText()).isEqualTo("2");
        assertThat(portal.get("KenhNop").asText()).isEqualTo("1");
        assertThat(portal.get("TrangThaiHoSo").asText()).isEqualTo("1");
    }

    @Test
    void translatesProgressForCapNhatTienDoHoSoMC() throws Exception {
        ProgressUpdate update = new ProgressUpdate(DossierStatus.SUPPLEMENT_REQUESTED, "can-bo-7", "Chuyên viên",
                "Phòng Tư pháp", "Thiếu bản sao giấy khai sinh", OffsetDateTime.parse("2026-11-30T23:59:59Z"));

        JsonNode portal = mapper.toPortal(new ProgressSync(DOSSIER.dossierCode(), update,
                OffsetDateTime.parse("2026-11-29T09:00:00+07:00"), DOSSIER.dueAt()));

        JsonNode expected = json.readTree("""
                {"MaHoSo": "000.00.00.H00-261128-0042", "NguoiXuLy": "can-bo-7", "ChucDanh": "Chuyên viên",
                 "ThoiDiemXuLy": "20261201065959", "PhongBanXuLy": "Phòng Tư pháp",
                 "NoiDungXuLy": "Thiếu bản sao giấy khai sinh", "TrangThai": "5",
                 "NgayBatDau": "20261129090000", "NgayKetThucTheoQuyDinh": "20261207170000"}
                """);
        assertThat(JsonFieldDiff.between(expected, portal)).isEmpty();
    }

    @Test
    void usesTheContractsStatusAndChannelCodes() {
        Map<DossierStatus, String> statuses = Map.of(DossierStatus.RECEIVED, "1", DossierStatus.ACCEPTED, "2",
                DossierStatus.REJECTED, "3", DossierStatus.PROCESSING, "4", DossierStatus.SUPPLEMENT_REQUESTED, "5",
                DossierStatus.FINANCIAL_OBLIGATION, "6", DossierStatus.WITHDRAWN, "7", DossierStatus.STOPPED, "8",
                DossierStatus.PROCESSED, "9", DossierStatus.RESULT_RETURNED, "10");
        assertThat(DossierStatus.values()).hasSize(statuses.size());
        statuses.forEach((status, code) -> {
            assertThat(status.portalCode()).isEqualTo(code);
            assertThat(DossierStatus.fromPortal(code)).contains(status);
        });
        assertThat(Channel.IN_PERSON.portalCode()).isEqualTo("1");
        assertThat(Channel.ONLINE.portalCode()).isEqualTo("2");
        assertThat(Channel.POSTAL.portalCode()).isEqualTo("3");
        assertThat(DossierStatus.fromPortal("11")).isEmpty();
    }

    @Test
    void writesAndReadsPortalTimeInVietnamTime() {
        assertThat(PortalTime.format(OffsetDateTime.parse("2026-12-31T17:00:00Z"))).isEqualTo("20270101000000");
        assertThat(PortalTime.parse("20261110081000")).isEqualTo(OffsetDateTime.parse("2026-11-10T08:10:00+07:00"));
        assertThat(PortalTime.parse("20261310081000")).isNull();
        assertThat(PortalTime.parse("")).isNull();
        assertThat(PortalTime.format(null)).isEmpty();
    }
}
