package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;

/** Reads the body of {@code POST /api/v1/dossiers/{dossierCode}/progress} strictly into a {@link ProgressUpdate}. */
final class ProgressBody {

    private static final Set<String> FIELDS = Set.of("status", "officer", "officerTitle", "department", "note", "at");

    private ProgressBody() {
    }

    static ProgressUpdate read(JsonNode body) {
        StrictJson json = new StrictJson();
        JsonNode root = json.root(body, FIELDS);
        if (root == null) {
            return json.verified(() -> null);
        }
        DossierStatus status = json.choice(root, "status", DossierStatus.class);
        String officer = json.text(root, "officer", true, 128);
        String officerTitle = json.text(root, "officerTitle", false, 128);
        String department = json.text(root, "department", false, 256);
        String note = json.text(root, "note", false, 2000);
        var at = json.instant(root, "at", true);
        return json.verified(() -> new ProgressUpdate(status, officer, officerTitle, department, note, at));
    }
}
