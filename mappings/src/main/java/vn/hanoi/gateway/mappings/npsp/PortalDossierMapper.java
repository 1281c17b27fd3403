package vn.hanoi.gateway.mappings.npsp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;

/**
 * Canonical → portal: one {@code DongBoHoSoMC} {@code data[]} dossier, one {@code CapNhatTienDoHoSoMC}
 * {@code data[]} progress and one {@code TaiLenTepKetQua} upload ({@code npsp.md}). Codes as in {@code API.md};
 * instants as {@code yyyyMMddHHmmss} in Vietnam time; absent values as {@code ""}. Procedure and field names come
 * from the catalogue when it knows the procedure. {@code DanhSachGiayToKetQua} lists the result set, each file by
 * the {@code IdTep} the portal gave its upload; {@code NgayTra} is when the result was returned, {@code ""} before.
 */
public final class PortalDossierMapper {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A dossier without a result set (nothing uploaded to name). */
    public ObjectNode toPortal(DossierSync sync, Procedure procedure) {
        return toPortal(sync, procedure, Map.of());
    }

    /**
     * {@code portalFileIds}: the {@code IdTep} of each uploaded result file by its SHA-256; every file of the
     * result set must have one (uploads come first), else {@link IllegalArgumentException}.
     */
    public ObjectNode toPortal(DossierSync sync, Procedure procedure, Map<String, String> portalFileIds) {
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
        portal.put("NgayTra", PortalTime.format(sync.returnedAt()));
        portal.put("KenhNop", dossier.channel().portalCode());
        portal.put("DonViXuLy", orEmpty(dossier.receivingUnitCode()));
        ArrayNode files = portal.putArray("TaiLieuNop");
        dossier.documents().forEach(document -> files.addObject()
                .put("TepDinhKemId", document.documentId())
                .put("TenTepDinhKem", document.documentId())
                .put("MaThanhPhanHoSo", document.componentCode())
                .put("MaGiayTo", document.documentType().portalCode()));
        ArrayNode results = portal.putArray("DanhSachGiayToKetQua");
        sync.results().forEach(result -> results.addObject()
                .put("IdTep", portalFileId(portalFileIds, result))
                .put("TenGiayTo", orEmpty(result.title()))
                .put("MaGiayTo", DocumentType.portalCodeOf(result.documentType()))
                .put("SoKyHieu", orEmpty(result.number()))
                .put("NgayKy", PortalTime.format(result.signedAt()))
                .put("NguoiKy", orEmpty(result.signer()))
                .put("CoQuanBanHanh", orEmpty(result.issuer())));
        return portal;
    }

    /** {@code TaiLenTepKetQua}: the file, its name, type code, base64 content and SHA-256. */
    public ObjectNode toPortal(ResultUpload upload, byte[] content) {
        return JSON.objectNode()
                .put("MaHoSo", upload.dossierCode())
                .put("TenTep", upload.fileName())
                .put("MaGiayTo", DocumentType.portalCodeOf(upload.documentType()))
                .put("NoiDungBase64", Base64.getEncoder().encodeToString(content))
                .put("MaHash", upload.sha256());
    }

    private static String portalFileId(Map<String, String> portalFileIds, ResultDocument result) {
        String id = portalFileIds.get(result.sha256());
        if (id == null) {
            throw new IllegalArgumentException("result " + result.documentId() + " of a dossier is not uploaded yet");
        }
        return id;
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
