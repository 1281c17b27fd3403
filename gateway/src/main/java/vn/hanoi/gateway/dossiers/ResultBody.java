package vn.hanoi.gateway.dossiers;

import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/dossiers/{dossierCode}/result} as sent, bound strictly by {@code input.StrictJson}:
 * the dossier's whole result set, 1–20 warehouse documents, each with its number (số ký hiệu, {@code ""} if none).
 */
record ResultBody(List<ItemBody> documents) {

    static final int MAX_DOCUMENTS = 20;

    record ItemBody(String documentId, String number) {
    }

    /** One result as asked: a warehouse document and its number ({@code ""} when it has none). */
    record Item(String documentId, String number) {
    }

    List<Item> checked() {
        FieldChecks checks = new FieldChecks();
        List<ItemBody> items = checks.items("documents", checks.present("documents", documents), MAX_DOCUMENTS);
        if (documents != null && documents.isEmpty()) {
            checks.add("documents", FieldCodes.REQUIRED, "at least one result document");
        }
        List<Item> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "documents[" + i + "]";
            ItemBody item = checks.present(path, items.get(i));
            if (item != null) {
                String documentId = checks.required(path + ".documentId", item.documentId(), 128);
                String number = checks.present(path + ".number", item.number()) == null ? null
                        : checks.optional(path + ".number", item.number(), 128);
                results.add(new Item(documentId, number == null ? "" : number));
            }
        }
        checks.verify();
        return results;
    }
}
