package vn.hanoi.gateway.mappings.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gateway.mappings.common.LenientJson;

/** {@code LayDanhSachHoSoTrucTuyen} → {@link OnlineDossier}s, oldest first as the portal sends them. */
public final class OnlineDossierMapper {

    /** The {@code result} list; items without a {@code MaHoSo} or a readable {@code NgayTiepNhan} are not dossiers. */
    public List<OnlineDossier> toDossiers(JsonNode result) {
        List<OnlineDossier> dossiers = new ArrayList<>();
        if (result != null && result.isArray()) {
            result.forEach(item -> {
                OnlineDossier dossier = item.isObject() ? toDossier(item) : null;
                if (dossier != null && dossier.dossierCode() != null && dossier.receivedAt() != null) {
                    dossiers.add(dossier);
                }
            });
        }
        return List.copyOf(dossiers);
    }

    public OnlineDossier toDossier(JsonNode item) {
        Applicant applicant = new Applicant(
                ApplicantType.fromPortal(LenientJson.text(item, "LoaiDoiTuong")).orElse(ApplicantType.CITIZEN),
                LenientJson.text(item, "MaDoiTuong"),
                LenientJson.text(item, "ChuHoSo"));
        return new OnlineDossier(
                LenientJson.text(item, "MaHoSo"),
                LenientJson.text(item, "MaTTHC"),
                LenientJson.text(item, "TenTTHC"),
                applicant,
                PortalTime.parse(LenientJson.text(item, "NgayTiepNhan")),
                PortalTime.parse(LenientJson.text(item, "NgayHenTra")),
                DossierStatus.fromPortal(LenientJson.text(item, "TrangThaiHoSo")).orElse(DossierStatus.RECEIVED),
                Channel.fromPortal(LenientJson.text(item, "KenhNop")).orElse(Channel.ONLINE),
                LenientJson.text(item, "MaDonViNhan"),
                LenientJson.objects(item, "TaiLieuNop").stream().map(OnlineDossierMapper::document).toList(),
                parcel(LenientJson.object(item, "ThuaDat")));
    }

    private static OnlineDossier.Document document(JsonNode file) {
        return new OnlineDossier.Document(
                LenientJson.text(file, "MaThanhPhanHoSo"),
                DocumentType.fromPortal(LenientJson.text(file, "MaGiayTo")).orElse(null),
                LenientJson.text(file, "TepDinhKemId"),
                LenientJson.text(file, "TenTepDinhKem"));
    }

    private static OnlineDossier.Parcel parcel(JsonNode parcel) {
        String commune = LenientJson.code(parcel, "MaXa", 5);
        if (commune == null) {
            return null;
        }
        return new OnlineDossier.Parcel(commune, LenientJson.text(parcel, "SoHieuBanDo"),
                LenientJson.text(parcel, "SoThuTuThua"));
    }
}
