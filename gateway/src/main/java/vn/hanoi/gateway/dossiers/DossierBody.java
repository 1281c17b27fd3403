package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.mappings.npsp.ProcedureCode;

/** Reads the body of {@code POST /api/v1/dossiers} strictly into a {@link CounterDossier}. */
final class DossierBody {

    static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final String INVALID_UNIT_CODE = "INVALID_UNIT_CODE";
    private static final Set<String> FIELDS = Set.of("dossierCode", "procedureCode", "applicant", "receivedAt", "dueAt",
            "channel", "receivingUnitCode", "summary", "documents");
    private static final Set<String> APPLICANT = Set.of("type", "id", "name");
    private static final Set<String> DOCUMENT = Set.of("componentCode", "documentType", "documentId");
    private static final int MAX_DOCUMENTS = 100;

    private DossierBody() {
    }

    static CounterDossier read(JsonNode body) {
        StrictJson json = new StrictJson();
        JsonNode root = json.root(body, FIELDS);
        if (root == null) {
            return json.verified(() -> null);
        }
        String dossierCode = json.identifier(root, "dossierCode", new DossierCode());
        String procedureCode = json.identifier(root, "procedureCode", new ProcedureCode());
        Applicant applicant = applicant(json, json.object(root, "applicant", APPLICANT));
        var receivedAt = json.instant(root, "receivedAt", true);
        var dueAt = json.instant(root, "dueAt", false);
        if (receivedAt != null && dueAt != null && dueAt.isBefore(receivedAt)) {
            json.add("dueAt", StrictJson.INVALID_VALUE, "must not be before receivedAt");
        }
        Channel channel = json.choice(root, "channel", Channel.class);
        String unit = json.matching(root, "receivingUnitCode", UNIT_CODE, INVALID_UNIT_CODE, "1-64 of A-Z a-z 0-9 . _ -");
        String summary = json.text(root, "summary", false, 2000);
        List<CounterDossier.Document> documents = documents(json, json.array(root, "documents", MAX_DOCUMENTS));
        return json.verified(() -> new CounterDossier(dossierCode, procedureCode, applicant, receivedAt, dueAt, channel,
                unit, summary, documents));
    }

    private static Applicant applicant(StrictJson json, JsonNode applicant) {
        if (applicant == null) {
            return null;
        }
        ApplicantType type = json.choice(applicant, "applicant.type", ApplicantType.class);
        IdentifierRule rule = type == ApplicantType.ENTERPRISE ? new EnterpriseCode() : PersonalId.rule();
        String id = json.identifier(applicant, "applicant.id", rule);
        String name = json.text(applicant, "applicant.name", true, 256);
        return new Applicant(type, id, name);
    }

    private static List<CounterDossier.Document> documents(StrictJson json, List<JsonNode> items) {
        List<CounterDossier.Document> documents = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "documents[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                json.add(path, StrictJson.INVALID_TYPE, "must be an object");
                continue;
            }
            item.fieldNames().forEachRemaining(name -> {
                if (!DOCUMENT.contains(name)) {
                    json.add(path + "." + name, StrictJson.UNKNOWN_FIELD, "not a field of a document");
                }
            });
            String component = json.text(item, path + ".componentCode", true, 32);
            DocumentType type = json.choice(item, path + ".documentType", DocumentType.class);
            String id = json.text(item, path + ".documentId", true, 128);
            documents.add(new CounterDossier.Document(component, type, id));
        }
        return documents;
    }
}
