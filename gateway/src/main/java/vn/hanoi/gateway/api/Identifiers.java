package vn.hanoi.gateway.api;

import vn.hanoi.gateway.audit.Audited;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.mappings.identifiers.PersonalId;
import vn.hanoi.gateway.problem.ApiException;

/**
 * Checks an identifier against its rule before any upstream is called. A valid personal id is also
 * named as the subject of the request's audit record ({@link Audited}).
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static String require(IdentifierRule rule, String field, String value) {
        rule.violation(value).ifPresent(message -> {
            throw ApiException.invalid(field, rule.code(), message);
        });
        if (rule instanceof PersonalId) {
            Audited.subject(value);
        }
        return value;
    }
}
