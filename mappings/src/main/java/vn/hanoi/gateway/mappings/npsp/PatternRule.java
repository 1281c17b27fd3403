package vn.hanoi.gateway.mappings.npsp;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/** An identifier rule that is a shape only: a pattern the whole value must match. */
abstract class PatternRule implements IdentifierRule {

    private final String code;
    private final Pattern shape;
    private final String rule;

    PatternRule(String code, String shape, String rule) {
        this.code = code;
        this.shape = Pattern.compile(shape);
        this.rule = rule;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Optional<String> violation(String value) {
        return value != null && shape.matcher(value).matches() ? Optional.empty() : Optional.of(rule);
    }
}
