package vn.hanoi.gateway.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dossier changes the portal received, per dossier in arrival order, keyed as {@link TrackedDossier} keys
 * what the gateway accepted: {@code [SYNC, summary]}, {@code [PROGRESS, status code, time]}.
 */
final class PortalArrivals {

    private final Map<String, List<List<String>>> byDossier;

    private PortalArrivals(Map<String, List<List<String>>> byDossier) {
        this.byDossier = byDossier;
    }

    /** From the portal's integration calls, in arrival order; other services are left out. */
    static PortalArrivals of(List<JsonNode> calls) {
        Map<String, List<List<String>>> byDossier = new LinkedHashMap<>();
        for (JsonNode call : calls) {
            String service = call.path("service").asText();
            if (!service.equals("DongBoHoSoMC") && !service.equals("CapNhatTienDoHoSoMC")) {
                continue;
            }
            for (JsonNode item : call.path("data")) {
                List<String> key = service.equals("DongBoHoSoMC")
                        ? List.of("SYNC", item.path("TrichYeuHoSo").asText()) : progressKey(item);
                byDossier.computeIfAbsent(item.path("MaHoSo").asText(), code -> new ArrayList<>()).add(key);
            }
        }
        return new PortalArrivals(byDossier);
    }

    static List<String> progressKey(JsonNode progress) {
        return List.of("PROGRESS", progress.path("TrangThai").asText(), progress.path("ThoiDiemXuLy").asText());
    }

    /** Every change received, repeats included. */
    long received() {
        return byDossier.values().stream().mapToLong(List::size).sum();
    }

    /** Arrivals that were a repeat of the dossier's change just before. */
    long repeats() {
        return received() - byDossier.keySet().stream().mapToLong(code -> collapsed(code).size()).sum();
    }

    /**
     * A dossier's arrivals with every repeat of the change just before dropped: a delivery the gateway did not
     * see answered is sent again, right away, and only that may arrive twice.
     */
    List<List<String>> collapsed(String dossierCode) {
        List<List<String>> collapsed = new ArrayList<>();
        for (List<String> change : byDossier.getOrDefault(dossierCode, List.of())) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(change)) {
                collapsed.add(change);
            }
        }
        return collapsed;
    }
}
