package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;

/** A 5-digit commune code, pre-2025 or current (from 1 July 2025); whether it exists is not checked here. */
public final class CommuneCode implements IdentifierRule {

    public static final String RULE = "INVALID_COMMUNE_CODE";

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        return IdentifierRule.isAsciiDigits(value, 5)
                ? Optional.empty()
                : Optional.of("a commune code is exactly 5 digits");
    }
}
