package vn.hanoi.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The portal's result files ({@code npsp.md} "Results to the portal"), part of {@link NpspDossierBook}:
 * {@code TaiLenTepKetQua} checks each rule, keeps the file and answers {@code IdTep} {@code {MaHoSo}-KQ{nn}},
 * numbered per dossier in upload order; a repeat of ({@code MaHoSo}, {@code MaHash}) answers the same id and changes
 * nothing. Every upload that reached it is kept in arrival order ({@link #uploads()}), repeats included, so that tests
 * can tell a repeat from a second file.
 */
final class NpspResultFiles {

    static final long MAX_BYTES = 10_485_760L;
    private static final Pattern TYPE_CODE = Pattern.compile("[A-Z0-9_]{1,50}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One file the portal holds. */
    record File(String id, String dossierCode, String name, String typeCode, String sha256, long size) {

        ObjectNode view() {
            return JSON.objectNode().put("IdTep", id).put("MaHoSo", dossierCode).put("TenTep", name)
                    .put("MaGiayTo", typeCode).put("MaHash", sha256).put("KichThuoc", size);
        }
    }

    /** An upload as it arrived: the dossier, the hash and the id answered ({@code null}: refused). */
    record Upload(String dossierCode, String sha256, String answeredId) {
    }

    private final Map<String, File> byId = new HashMap<>();
    private final Map<List<String>, File> byContent = new HashMap<>();
    private final Map<String, Integer> perDossier = new HashMap<>();
    private final List<Upload> uploads = new ArrayList<>();

    /** The answer to {@code TaiLenTepKetQua}; {@code dossierKnown}: the portal holds {@code MaHoSo}. */
    String upload(JsonNode call, boolean dossierKnown) {
        String dossierCode = call.path("MaHoSo").asText("");
        String hash = call.path("MaHash").asText("").toLowerCase(Locale.ROOT);
        if (!dossierKnown) {
            uploads.add(new Upload(dossierCode, hash, null));
            return NpspSimulator.answer("02", "Không tìm thấy hồ sơ");
        }
        Optional<String> broken = broken(call);
        if (broken.isPresent()) {
            uploads.add(new Upload(dossierCode, hash, null));
            return NpspSimulator.answer("01", broken.get());
        }
        File file = byContent.computeIfAbsent(List.of(dossierCode, hash), key -> {
            int n = perDossier.merge(dossierCode, 1, Integer::sum);
            File kept = new File(dossierCode + "-KQ" + String.format("%02d", n), dossierCode,
                    call.path("TenTep").asText(), call.path("MaGiayTo").asText(), hash,
                    Base64.getDecoder().decode(call.path("NoiDungBase64").asText()).length);
            byId.put(kept.id(), kept);
            return kept;
        });
        uploads.add(new Upload(dossierCode, hash, file.id()));
        return NpspSimulator.answer("00", "Tải lên tệp kết quả thành công", JSON.objectNode().put("IdTep", file.id()));
    }

    /** The answer to {@code LayTepKetQua}. */
    String lookUp(String id) {
        File file = byId.get(id);
        return file == null ? NpspSimulator.answer("02", "Không tìm thấy tệp")
                : NpspSimulator.answer("00", "Thành công", file.view());
    }

    /** Whether the portal holds {@code id} for that dossier. */
    boolean holds(String dossierCode, String id) {
        File file = byId.get(id);
        return file != null && file.dossierCode().equals(dossierCode);
    }

    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    private static Optional<String> broken(JsonNode call) {
        String name = call.path("TenTep").asText("");
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
            return Optional.of("TenTep không hợp lệ");
        }
        if (!TYPE_CODE.matcher(call.path("MaGiayTo").asText("")).matches()) {
            return Optional.of("MaGiayTo không hợp lệ");
        }
        String hash = call.path("MaHash").asText("");
        if (!SHA256.matcher(hash).matches()) {
            return Optional.of("MaHash không hợp lệ");
        }
        String content = call.path("NoiDungBase64").asText("");
        byte[] bytes;
        try {
            if (content.length() % 4 != 0) {
                throw new IllegalArgumentException("not padded");
            }
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of("NoiDungBase64 không phải base64 hợp lệ");
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("Tệp vượt quá 10 MB");
        }
        if (!HexFormat.of().formatHex(sha256(bytes)).equalsIgnoreCase(hash)) {
            return Optional.of("MaHash không khớp nội dung tệp");
        }
        return Optional.empty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
