package vn.hanoi.gateway.dossiers.intake;

import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.validation.FieldChecks;

/**
 * The body of {@code POST /api/v1/inbox/{entryId}/acceptance} as sent: the unit's {@code decision}, the {@code reason}
 * (required when refusing: it goes back to the sender) and the {@code officer} who decided.
 */
record AcceptanceBody(String decision, String reason, String officer) {

    enum Decision {
        ACCEPTED,
        REFUSED
    }

    /** The decision, checked. */
    record Checked(Decision decision, String reason, String officer) {
    }

    Checked checked() {
        FieldChecks checks = new FieldChecks();
        Decision chosen = checks.choice("decision", decision, Decision.class);
        String why = checks.optional("reason", reason, 500);
        if (chosen == Decision.REFUSED && why == null && !checks.hasError("reason")) {
            checks.add("reason", FieldCodes.REQUIRED, "a refusal states its reason: it goes back to the sender");
        }
        String who = checks.required("officer", officer, 64);
        checks.verify();
        return new Checked(chosen, why, who);
    }
}
