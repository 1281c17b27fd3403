package vn.hanoi.gateway.mappings.npsp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Canonical → portal: one {@code DongBoHoSoMC} {@code data[]} dossier and one {@code CapNhatTienDoHoSoMC}
 * {@code data[]} progress ({@code npsp.md}). Codes as in {@code API.md}; instants as {@code yyyyMMddHHmmss} in
 * Vietnam time; absent values as {@code ""}. Procedure and field names come from the catalogue when it
 * knows the procedure. {@code NgayTra} stays empty: the portal learns of the returned result from the
 * progress with {@code TrangThai 10}.
 */
public final class PortalDossierMapper {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public ObjectNode toPortal(DossierSync sync, Procedure procedure) {
        CounterDossier dossier = sync.dossier();
        ObjectNode portal = JSON.objectNode();
        portal.put("MaHoSo", dossier.dossierCode());
        portal.put("MaTTHC", dossier.procedureCode());
        portal.put("TenTTHC", procedure == null ? "" : orEmpty(procedure.name()));
        portal.put("MaLinhVuc", procedure == null ? "" : orEmpty(procedure.fieldCode()));
        portal.put("TenLinhVuc", procedure == null ? "" : orEmpty(procedure.fieldName()));
        portal.put("SoBienNhan", dossier.dossierCode());
        portal.put("ChuHoSo", orEmpty(dossier.applicant().name()));
        portal.put("LoaiDoiTuong", dossier.applicant().type().portalCode());
        portal.put("MaDoiTuong", orEmpty(dossier.applicant().id()));
        portal.put("TrichYeuHoSo", orEmpty(dossier.summary()));
        portal.put("NgayTiepNhan", PortalTime.format(dossier.receivedAt()));
        portal.put("NgayHenTra", PortalTime.format(dossier.dueAt()));
        portal.put("TrangThaiHoSo", sync.status().portalCode());
        portal.put("NgayTra", "");
        portal.put("KenhNop", dossier.channel().portalCode());
        portal.put("DonViXuLy", orEmpty(dossier.receivingUnitCode()));
        ArrayNode files = portal.putArray("TaiLieuNop");
        dossier.documents().forEach(document -> files.addObject()
                .put("TepDinhKemId", document.documentId())
                .put("TenTepDinhKem", document.documentId())
                .put("MaThanhPhanHoSo", document.componentCode())
                .put("MaGiayTo", document.documentType().portalCode()));
        portal.putArray("DanhSachGiayToKetQua");
        return portal;
    }

    public ObjectNode toPortal(ProgressSync sync) {
        ProgressUpdate update = sync.update();
        return JSON.objectNode()
                .put("MaHoSo", sync.dossierCode())
                .put("NguoiXuLy", orEmpty(update.officer()))
                .put("ChucDanh", orEmpty(update.officerTitle()))
                .put("ThoiDiemXuLy", PortalTime.format(update.at()))
                .put("PhongBanXuLy", orEmpty(update.department()))
                .put("NoiDungXuLy", orEmpty(update.note()))
                .put("TrangThai", update.status().portalCode())
                .put("NgayBatDau", PortalTime.format(sync.stepStartedAt()))
                .put("NgayKetThucTheoQuyDinh", PortalTime.format(sync.dueAt()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
