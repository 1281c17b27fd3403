package vn.hanoi.gateway.mappings.identifiers;

import java.util.Optional;

/** The 10-digit social-insurance code. */
public final class InsuranceCode implements IdentifierRule {

    public static final String RULE = "INVALID_INSURANCE_CODE";

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        return IdentifierRule.isAsciiDigits(value, 10)
                ? Optional.empty()
                : Optional.of("a social-insurance code is exactly 10 digits");
    }
}
