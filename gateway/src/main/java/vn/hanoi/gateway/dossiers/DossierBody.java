package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hanoi.gateway.mappings.common.ParcelAt;
import vn.hanoi.gateway.mappings.identifiers.CommuneCode;
import vn.hanoi.gateway.mappings.identifiers.EnterpriseCode;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.mappings.identifiers.ParcelReference;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.mappings.npsp.Applicant;
import vn.hanoi.gateway.mappings.npsp.ApplicantType;
import vn.hanoi.gateway.mappings.npsp.Channel;
import vn.hanoi.gateway.mappings.npsp.CounterDossier;
import vn.hanoi.gateway.mappings.npsp.DocumentType;
import vn.hanoi.gateway.mappings.npsp.DossierCode;
import vn.hanoi.gateway.mappings.npsp.ProcedureCode;
import vn.hanoi.gateway.mappings.npsp.UnitCode;

/** Reads the body of {@code POST /api/v1/dossiers} strictly into a {@link CounterDossier}. */
final class DossierBody {

    private static final Set<String> FIELDS = Set.of("dossierCode", "procedureCode", "applicant", "receivedAt", "dueAt",
            "channel", "receivingUnitCode", "summary", "documents", "parties", "parcel");
    private static final Set<String> APPLICANT = Set.of("type", "id", "name");
    private static final Set<String> DOCUMENT = Set.of("componentCode", "documentType", "documentId");
    private static final Set<String> PARTY = Set.of("type", "id", "role");
    private static final Set<String> PARCEL = Set.of("communeCode", "mapSheetNumber", "parcelNumber");
    private static final int MAX_DOCUMENTS = 100;
    private static final int MAX_PARTIES = 50;
    private static final int MAX_ROLE = 64;

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
        String unit = json.identifier(root, "receivingUnitCode", new UnitCode());
        String summary = json.text(root, "summary", false, 2000);
        List<CounterDossier.Document> documents = documents(json, json.array(root, "documents", MAX_DOCUMENTS));
        List<CounterDossier.Party> parties = root.hasNonNull("parties")
                ? parties(json, json.array(root, "parties", MAX_PARTIES)) : List.of();
        ParcelAt parcel = root.hasNonNull("parcel") ? parcel(json, json.object(root, "parcel", PARCEL)) : null;
        return json.verified(() -> new CounterDossier(dossierCode, procedureCode, applicant, receivedAt, dueAt, channel,
                unit, summary, documents, parties, parcel));
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

    /** The other persons the dossier concerns: a personal id or an enterprise code each, with a free-text role. */
    private static List<CounterDossier.Party> parties(StrictJson json, List<JsonNode> items) {
        List<CounterDossier.Party> parties = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "parties[" + i + "]";
            JsonNode item = json.item(items.get(i), path, PARTY);
            if (item == null) {
                continue;
            }
            ApplicantType type = json.choice(item, path + ".type", ApplicantType.class);
            IdentifierRule rule = type == ApplicantType.ENTERPRISE ? new EnterpriseCode() : PersonalId.rule();
            String id = json.identifier(item, path + ".id", rule);
            String role = json.text(item, path + ".role", true, MAX_ROLE);
            parties.add(new CounterDossier.Party(type, id, role));
        }
        return parties;
    }

    /** The parcel a land procedure is about: its commune (current or pre-2025), map sheet and parcel number. */
    private static ParcelAt parcel(StrictJson json, JsonNode parcel) {
        if (parcel == null) {
            return null;
        }
        String commune = json.identifier(parcel, "parcel.communeCode", new CommuneCode());
        String sheet = json.identifier(parcel, "parcel.mapSheetNumber", ParcelReference.mapSheetNumber());
        String number = json.identifier(parcel, "parcel.parcelNumber", ParcelReference.parcelNumber());
        return new ParcelAt(commune, sheet, number);
    }

    private static List<CounterDossier.Document> documents(StrictJson json, List<JsonNode> items) {
        List<CounterDossier.Document> documents = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "documents[" + i + "]";
            JsonNode item = json.item(items.get(i), path, DOCUMENT);
            if (item == null) {
                continue;
            }
            String component = json.text(item, path + ".componentCode", true, 32);
            DocumentType type = json.choice(item, path + ".documentType", DocumentType.class);
            String id = json.text(item, path + ".documentId", true, 128);
            documents.add(new CounterDossier.Document(component, type, id));
        }
        return documents;
    }
}
