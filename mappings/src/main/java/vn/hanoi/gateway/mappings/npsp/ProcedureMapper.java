package vn.hanoi.gateway.mappings.npsp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.common.LenientJson;

/** {@code LayThuTuc} → {@link Procedure}, and the codes of a {@code LayDanhSachTTHC} list. */
public final class ProcedureMapper {

    private static final Pattern DAYS = Pattern.compile("^\\s*(\\d{1,4})\\s*ngày");

    /** The {@code result} of {@code LayThuTuc}. */
    public Procedure toProcedure(JsonNode procedure) {
        LenientJson.requireObject(procedure, "LayThuTuc result");
        List<Procedure.Document> documents = LenientJson.objects(procedure, "ThanhPhanHoSo").stream()
                .map(ProcedureMapper::document).toList();
        return new Procedure(
                LenientJson.text(procedure, "MaTTHC"),
                LenientJson.text(procedure, "TenTTHC"),
                LenientJson.text(procedure, "MaLinhVuc"),
                LenientJson.text(procedure, "TenLinhVuc"),
                LenientJson.text(procedure, "CapThucHien"),
                LenientJson.flag(procedure, "KhongPhuThuocDiaGioi"),
                processingDays(LenientJson.text(procedure, "ThoiHanGiaiQuyet")),
                ApplicantType.fromPortal(LenientJson.text(procedure, "DoiTuongThucHien")).orElse(null),
                documents);
    }

    /** The procedure codes ({@code MaTTHC}) of the {@code result} of {@code LayDanhSachTTHC}, in list order. */
    public List<String> codes(JsonNode list) {
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("LayDanhSachTTHC result is not a list");
        }
        List<String> codes = new ArrayList<>();
        list.forEach(item -> codes.add(LenientJson.text(item, "MaTTHC")));
        return codes.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static Procedure.Document document(JsonNode component) {
        DocumentType type = DocumentType.fromPortal(LenientJson.text(component, "MaGiayTo")).orElse(null);
        return new Procedure.Document(
                LenientJson.text(component, "MaThanhPhan"),
                LenientJson.text(component, "TenThanhPhan"),
                type,
                LenientJson.flag(component, "BatBuoc"),
                type == null ? null : type.source());
    }

    /** {@code "N ngày làm việc"} → N. */
    static Integer processingDays(String text) {
        if (text == null) {
            return null;
        }
        Matcher days = DAYS.matcher(text);
        return days.find() ? Integer.valueOf(days.group(1)) : null;
    }
}
