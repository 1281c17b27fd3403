package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The portal's own record of dossiers, one per simulator server, in memory: seeded with the dossiers
 * submitted online, then
 * <ul>
 *   <li>{@code DongBoHoSoMC}: upserts every {@code data[]} dossier by {@code MaHoSo} (whatever
 *       {@code isUpdating} says);</li>
 *   <li>{@code CapNhatTienDoHoSoMC}: appends every {@code data[]} progress in arrival order, a repeat of
 *       ({@code MaHoSo}, {@code TrangThai}, {@code ThoiDiemXuLy}) being a duplicate that is answered
 *       {@code "00"} and not kept again; a dossier the portal does not hold is {@code "02"};</li>
 *   <li>{@code TraCuuHoSo}: the dossier {@code mahoso} as last synchronised, with its progress in
 *       {@code QuaTrinhXuLy}; unknown: {@code "02"};</li>
 *   <li>{@code TaiLenTepKetQua}, {@code LayTepKetQua}: the dossiers' result files ({@link NpspResultFiles}).</li>
 * </ul>
 * A batch with an item missing its keys is {@code "01"} and changes nothing; so is a {@code DongBoHoSoMC} whose
 * {@code DanhSachGiayToKetQua} names a file the portal does not hold for that dossier, lacks a field, or whose
 * {@code NgayTra} is neither {@code ""} nor a time not before {@code NgayTiepNhan}: uploads come first.
 */
final class NpspDossierBook extends StubTransformer {

    static final String NAME = "npsp-dossier-book";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROGRESS_KEY = List.of("MaHoSo", "TrangThai", "ThoiDiemXuLy");
    private static final List<String> RESULT_FIELDS = List.of("IdTep", "TenGiayTo", "MaGiayTo", "SoKyHieu", "NgayKy",
            "NguoiKy", "CoQuanBanHanh");
    private static final List<String> REQUIRED_RESULT_FIELDS = List.of("IdTep", "TenGiayTo", "MaGiayTo", "NgayKy");
    private static final Pattern PORTAL_TIME = Pattern.compile("\\d{14}");

    private final Map<String, ObjectNode> dossiers = new HashMap<>();
    private final Map<String, List<JsonNode>> progress = new HashMap<>();
    private final Set<List<String>> progressSeen = new HashSet<>();
    private final NpspResultFiles resultFiles = new NpspResultFiles();

    NpspDossierBook(String onlineDossiers) {
        super(NAME);
        read(onlineDossiers).path("result").forEach(this::keep);
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        JsonNode call = read(serveEvent.getRequest().getBodyAsString());
        String answer = switch (call.path("service").asText()) {
            case "DongBoHoSoMC" -> synchronise(call.path("data"));
            case "CapNhatTienDoHoSoMC" -> recordProgress(call.path("data"));
            case "TraCuuHoSo" -> lookUp(call.path("mahoso").asText());
            case "TaiLenTepKetQua" -> resultFiles.upload(call, dossiers.containsKey(call.path("MaHoSo").asText("")));
            case "LayTepKetQua" -> resultFiles.lookUp(call.path("idTep").asText(""));
            default -> NpspSimulator.answer("01", "Dịch vụ không được hỗ trợ");
        };
        return Json.ok(answer).build();
    }

    private String synchronise(JsonNode data) {
        if (!complete(data, List.of("MaHoSo"))) {
            return NpspSimulator.answer("01", "Dữ liệu hồ sơ không hợp lệ");
        }
        for (JsonNode dossier : data) {
            String broken = brokenResult(dossier);
            if (broken != null) {
                return NpspSimulator.answer("01", "Hồ sơ " + text(dossier, "MaHoSo") + ": " + broken);
            }
        }
        data.forEach(this::keep);
        return NpspSimulator.answer("00", "Đồng bộ hồ sơ thành công");
    }

    /** What is wrong with the dossier's result list or return time, or null. */
    private String brokenResult(JsonNode dossier) {
        String code = text(dossier, "MaHoSo");
        for (JsonNode result : dossier.path("DanhSachGiayToKetQua")) {
            if (RESULT_FIELDS.stream().anyMatch(field -> !result.path(field).isTextual())
                    || REQUIRED_RESULT_FIELDS.stream().anyMatch(field -> text(result, field).isBlank())) {
                return "DanhSachGiayToKetQua thiếu trường";
            }
            if (!resultFiles.holds(code, text(result, "IdTep"))) {
                return "không có tệp kết quả " + text(result, "IdTep");
            }
        }
        String returned = text(dossier, "NgayTra");
        if (!returned.isEmpty() && (!PORTAL_TIME.matcher(returned).matches()
                || returned.compareTo(text(dossier, "NgayTiepNhan")) < 0)) {
            return "NgayTra không hợp lệ";
        }
        return null;
    }

    private String recordProgress(JsonNode data) {
        if (!complete(data, PROGRESS_KEY)) {
            return NpspSimulator.answer("01", "Dữ liệu tiến độ không hợp lệ");
        }
        if (!StreamSupport.stream(data.spliterator(), false).allMatch(p -> dossiers.containsKey(text(p, "MaHoSo")))) {
            return NpspSimulator.answer("02", "Không tìm thấy hồ sơ");
        }
        int duplicates = 0;
        for (JsonNode update : data) {
            List<String> key = PROGRESS_KEY.stream().map(field -> text(update, field)).toList();
            if (progressSeen.add(key)) {
                progress.computeIfAbsent(key.get(0), code -> new ArrayList<>()).add(update.deepCopy());
            } else {
                duplicates++;
            }
        }
        return NpspSimulator.answer("00", duplicates == 0 ? "Cập nhật tiến độ thành công"
                : "Cập nhật tiến độ thành công, bỏ qua " + duplicates + " tiến độ trùng");
    }

    private String lookUp(String code) {
        ObjectNode dossier = dossiers.get(code);
        if (dossier == null) {
            return NpspSimulator.answer("02", "Không tìm thấy hồ sơ");
        }
        ObjectNode view = dossier.deepCopy();
        ArrayNode history = view.putArray("QuaTrinhXuLy");
        progress.getOrDefault(code, List.of()).forEach(history::add);
        return NpspSimulator.answer("00", "Thành công", view);
    }

    private void keep(JsonNode dossier) {
        dossiers.put(text(dossier, "MaHoSo"), dossier.<ObjectNode>deepCopy());
    }

    private static boolean complete(JsonNode data, List<String> keys) {
        return data.isArray() && !data.isEmpty() && StreamSupport.stream(data.spliterator(), false)
                .allMatch(item -> item.isObject() && keys.stream().noneMatch(key -> text(item, key).isBlank()));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
