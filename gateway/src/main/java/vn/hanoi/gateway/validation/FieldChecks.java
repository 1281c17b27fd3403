package vn.hanoi.gateway.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;

/**
 * Checks the fields of a bound body one by one, collecting every broken rule with its field and code;
 * {@link #verify()} throws them together as 400 {@code VALIDATION_FAILED}. Messages never echo values.
 */
public final class FieldChecks {

    public static final String REQUIRED = "REQUIRED";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String INVALID_DATE = "INVALID_DATE";

    private final List<FieldError> errors = new ArrayList<>();

    /** The value stripped; blank or missing is {@code REQUIRED}. */
    public String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null && !hasError(field)) {
            add(field, REQUIRED, "must be given");
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
            add(field, TOO_LONG, "at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** A required identifier that must follow its rule (the rule's own code when it does not). */
    public String identifier(String field, String value, IdentifierRule rule) {
        if (value == null) {
            add(field, REQUIRED, "must be given");
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
            add(field, REQUIRED, "must be given");
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst()
                .orElseGet(() -> {
                    add(field, INVALID_VALUE, "one of " + Arrays.toString(type.getEnumConstants()));
                    return null;
                });
    }

    /** An optional ISO date ({@code 2026-11-28}). */
    public LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            add(field, INVALID_DATE, "an ISO date, yyyy-MM-dd");
            return null;
        }
    }

    public void add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    public boolean hasError(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** Throws every broken rule at once, if any. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The request is not valid: " + errors.size()
                    + " field(s) break their rules; see errors.", errors, null);
        }
    }
}
