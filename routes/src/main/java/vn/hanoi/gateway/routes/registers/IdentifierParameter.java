package vn.hanoi.gateway.routes.registers;

import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/**
 * An identifier a register's endpoints take (path or query), by parameter name, with the rule that checks it and
 * how the OpenAPI document describes it: {@code pattern} is the shape only (may be null), the rule is stricter;
 * {@code example} is a fixture the sandbox answers.
 */
public record IdentifierParameter(String name, IdentifierRule rule, String description, String pattern,
                                  String example) {
}
