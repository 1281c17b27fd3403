package vn.hanoi.gateway.api;

import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.problem.ApiException;

/** Checks an identifier against its rule before any upstream is called. */
final class Identifiers {

    private Identifiers() {
    }

    static String require(IdentifierRule rule, String field, String value) {
        rule.violation(value).ifPresent(message -> {
            throw ApiException.invalid(field, rule.code(), message);
        });
        return value;
    }
}
