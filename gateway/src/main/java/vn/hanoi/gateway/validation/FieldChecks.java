package vn.hanoi.gateway.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldCodes;
import vn.hanoi.gateway.problem.FieldError;

/**
 * Checks the fields of a body bound by {@code input.StrictJson} one by one, collecting every broken rule with its
 * field path ({@code applicant.id}, {@code documents[0].documentType}) and a code of {@link FieldCodes} (or the
 * identifier rule's own); {@link #verify()} throws them together as 400 {@code VALIDATION_FAILED}. Messages never
 * echo values.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value stripped; blank or missing is {@code REQUIRED}. */
    public String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null && !hasError(field)) {
            add(field, FieldCodes.REQUIRED, "must be given");
        }
        return text;
    }

    /** The value stripped, or null when blank or missing. */
    public String optional(String field, String value, int maxLength) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > maxLength) {
            add(field, FieldCodes.TOO_LONG, "at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** A required object or list: missing or null is {@code REQUIRED}. */
    public <T> T present(String field, T value) {
        if (value == null) {
            add(field, FieldCodes.REQUIRED, "must be given");
        }
        return value;
    }

    /** A list of at most {@code maxItems} (more is {@code TOO_LONG} and reads as empty); missing is empty. */
    public <T> List<T> items(String field, List<T> values, int maxItems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            add(field, FieldCodes.TOO_LONG, "at most " + maxItems + " items");
            return List.of();
        }
        return values;
    }

    /** A required identifier that must follow its rule (the rule's own code when it does not). */
    public String identifier(String field, String value, IdentifierRule rule) {
        if (value == null) {
            add(field, FieldCodes.REQUIRED, "must be given");
            return null;
        }
        return rule.violation(value).map(message -> {
            add(field, rule.code(), message);
            return (String) null;
        }).orElse(value);
    }

    /** A required enum constant, by its exact name. */
    public <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null) {
            add(field, FieldCodes.REQUIRED, "must be given");
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseGet(() -> {
                    add(field, FieldCodes.INVALID_VALUE, "one of " + Arrays.toString(type.getEnumConstants()));
                    return null;
                });
    }

    /** An optional ISO date ({@code 2026-11-28}). */
    public LocalDate date(String field, String value) {
        return parsed(field, value, LocalDate::parse, FieldCodes.INVALID_DATE, "an ISO date, yyyy-MM-dd");
    }

    /** An instant with its offset ({@code 2026-11-28T08:10:00+07:00}); missing is {@code REQUIRED} if required. */
    public OffsetDateTime instant(String field, String value, boolean required) {
        if (value == null && required) {
            add(field, FieldCodes.REQUIRED, "must be given");
        }
        return parsed(field, value, OffsetDateTime::parse, FieldCodes.INVALID_INSTANT,
                "an instant with its offset, e.g. 2026-11-28T08:10:00+07:00");
    }

    public void add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    private <T> T parsed(String field, String value, Function<String, T> parser, String code, String message) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException unreadable) {
            add(field, code, message);
            return null;
        }
    }

    /** Throws every broken rule at once, if any. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid: " + errors.size()
                    + " field(s) break their rules; see errors.", errors, null);
        }
    }
}
