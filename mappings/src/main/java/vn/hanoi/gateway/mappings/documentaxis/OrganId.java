package vn.hanoi.gateway.mappings.documentaxis;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/** An organ id on the axis: the agency-id form that prefixes dossier codes, {@code 000.00.00.G01}. */
public final class OrganId implements IdentifierRule {

    public static final String RULE = "INVALID_ORGAN_ID";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9]{2}");

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        return value != null && SHAPE.matcher(value).matches() ? Optional.empty()
                : Optional.of("an organ id is ddd.dd.dd.Ldd, e.g. 000.00.00.G01");
    }
}
