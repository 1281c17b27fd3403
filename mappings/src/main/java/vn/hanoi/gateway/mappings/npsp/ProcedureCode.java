package vn.hanoi.gateway.mappings.npsp;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/** A procedure code of the national catalogue ({@code MaTTHC}): 1–3 digits, a dot, 6 digits ({@code 1.001612}). */
public final class ProcedureCode implements IdentifierRule {

    public static final String RULE = "INVALID_PROCEDURE_CODE";
    private static final Pattern SHAPE = Pattern.compile("\\d{1,3}\\.\\d{6}");

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        return value != null && SHAPE.matcher(value).matches()
                ? Optional.empty()
                : Optional.of("a procedure code is 1-3 digits, a dot and 6 digits");
    }
}
