package vn.hanoi.gateway.dossiers;

import java.util.ArrayList;
import java.util.List;
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
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/dossiers} as sent ({@code API.md}), bound strictly by {@code input.StrictJson};
 * {@link #checked()} applies each field's rule and makes the {@link CounterDossier}. {@code parties} (the other
 * persons the dossier concerns) and {@code parcel} (the land parcel it is about) are optional.
 */
record DossierBody(String dossierCode, String procedureCode, ApplicantBody applicant, String receivedAt,
                   String dueAt, String channel, String receivingUnitCode, String summary,
                   List<DocumentBody> documents, List<PartyBody> parties, ParcelBody parcel) {

    private static final int MAX_DOCUMENTS = 100;
    private static final int MAX_PARTIES = 50;
    private static final int MAX_ROLE = 64;

    record ApplicantBody(String type, String id, String name) {
    }

    record DocumentBody(String componentCode, String documentType, String documentId) {
    }

    record PartyBody(String type, String id, String role) {
    }

    record ParcelBody(String communeCode, String mapSheetNumber, String parcelNumber) {
    }

    CounterDossier checked() {
        FieldChecks checks = new FieldChecks();
        String dossier = checks.identifier("dossierCode", dossierCode, new DossierCode());
        String procedure = checks.identifier("procedureCode", procedureCode, new ProcedureCode());
        Applicant who = applicant(checks);
        var received = checks.instant("receivedAt", receivedAt, true);
        var due = checks.instant("dueAt", dueAt, false);
        if (received != null && due != null && due.isBefore(received)) {
            checks.add("dueAt", FieldCodes.INVALID_VALUE, "must not be before receivedAt");
        }
        Channel how = checks.choice("channel", channel, Channel.class);
        String unit = checks.identifier("receivingUnitCode", receivingUnitCode, new UnitCode());
        String about = checks.optional("summary", summary, 2000);
        List<CounterDossier.Document> papers = documents(checks);
        List<CounterDossier.Party> others = parties(checks);
        ParcelAt land = parcel(checks);
        checks.verify();
        return new CounterDossier(dossier, procedure, who, received, due, how, unit, about, papers, others, land);
    }

    private Applicant applicant(FieldChecks checks) {
        if (checks.present("applicant", applicant) == null) {
            return null;
        }
        ApplicantType type = checks.choice("applicant.type", applicant.type(), ApplicantType.class);
        String id = checks.identifier("applicant.id", applicant.id(), ruleOf(type));
        String name = checks.required("applicant.name", applicant.name(), 256);
        return new Applicant(type, id, name);
    }

    private List<CounterDossier.Document> documents(FieldChecks checks) {
        List<DocumentBody> items = checks.items("documents", checks.present("documents", documents), MAX_DOCUMENTS);
        List<CounterDossier.Document> papers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "documents[" + i + "]";
            DocumentBody item = checks.present(path, items.get(i));
            if (item != null) {
                papers.add(new CounterDossier.Document(
                        checks.required(path + ".componentCode", item.componentCode(), 32),
                        checks.choice(path + ".documentType", item.documentType(), DocumentType.class),
                        checks.required(path + ".documentId", item.documentId(), 128)));
            }
        }
        return papers;
    }

    /** The other persons the dossier concerns: a personal id or an enterprise code each, with a free-text role. */
    private List<CounterDossier.Party> parties(FieldChecks checks) {
        if (parties == null) {
            return List.of();
        }
        List<PartyBody> items = checks.items("parties", parties, MAX_PARTIES);
        List<CounterDossier.Party> others = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "parties[" + i + "]";
            PartyBody item = checks.present(path, items.get(i));
            if (item != null) {
                ApplicantType type = checks.choice(path + ".type", item.type(), ApplicantType.class);
                others.add(new CounterDossier.Party(type, checks.identifier(path + ".id", item.id(), ruleOf(type)),
                        checks.required(path + ".role", item.role(), MAX_ROLE)));
            }
        }
        return others;
    }

    /** The parcel a land procedure is about: its commune (current or pre-2025), map sheet and parcel number. */
    private ParcelAt parcel(FieldChecks checks) {
        if (parcel == null) {
            return null;
        }
        return new ParcelAt(checks.identifier("parcel.communeCode", parcel.communeCode(), new CommuneCode()),
                checks.identifier("parcel.mapSheetNumber", parcel.mapSheetNumber(), ParcelReference.mapSheetNumber()),
                checks.identifier("parcel.parcelNumber", parcel.parcelNumber(), ParcelReference.parcelNumber()));
    }

    private static IdentifierRule ruleOf(ApplicantType type) {
        return type == ApplicantType.ENTERPRISE ? new EnterpriseCode() : PersonalId.rule();
    }
}
