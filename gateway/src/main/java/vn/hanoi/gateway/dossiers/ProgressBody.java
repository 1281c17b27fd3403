package vn.hanoi.gateway.dossiers;

import vn.hanoi.gateway.mappings.npsp.DossierStatus;
import vn.hanoi.gateway.mappings.npsp.ProgressUpdate;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/dossiers/{dossierCode}/progress} as sent, bound strictly by
 * {@code input.StrictJson}; {@link #checked()} applies each field's rule and makes the {@link ProgressUpdate}.
 */
record ProgressBody(String status, String officer, String officerTitle, String department, String note, String at) {

    ProgressUpdate checked() {
        FieldChecks checks = new FieldChecks();
        DossierStatus next = checks.choice("status", status, DossierStatus.class);
        String who = checks.required("officer", officer, 128);
        String title = checks.optional("officerTitle", officerTitle, 128);
        String where = checks.optional("department", department, 256);
        String why = checks.optional("note", note, 2000);
        var when = checks.instant("at", at, true);
        checks.verify();
        return new ProgressUpdate(next, who, title, where, why, when);
    }
}
