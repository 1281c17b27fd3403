package vn.hanoi.gateway.mappings.npsp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;

/**
 * A dossier code on the portal ({@code DOMAIN.md}): {@code {agency electronic id}-{yyMMdd}-{4-digit sequence}},
 * e.g. {@code 000.00.00.H00-261110-0001}; the agency id is 1–40 letters, digits and dots, the date real.
 */
public final class DossierCode implements IdentifierRule {

    public static final String RULE = "INVALID_DOSSIER_CODE";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9.]{1,40}-(\\d{2})(\\d{2})(\\d{2})-\\d{4}");

    @Override
    public String code() {
        return RULE;
    }

    @Override
    public Optional<String> violation(String value) {
        Matcher shape = value == null ? null : SHAPE.matcher(value);
        if (shape == null || !shape.matches()) {
            return Optional.of("a dossier code is {agency id}-{yyMMdd}-{4-digit sequence}");
        }
        try {
            LocalDate.of(2000 + Integer.parseInt(shape.group(1)), Integer.parseInt(shape.group(2)),
                    Integer.parseInt(shape.group(3)));
            return Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.of("the dossier code's yyMMdd is not a date");
        }
    }
}
