package vn.hanoi.gateway.dossiers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.hanoi.gateway.mappings.identifiers.IdentifierRule;
import vn.hanoi.gateway.problem.ApiException;
import vn.hanoi.gateway.problem.ErrorCode;
import vn.hanoi.gateway.problem.FieldError;

/**
 * Strict reading of a request body: every broken rule is collected with its field path
 * ({@code applicant.id}, {@code documents[0].documentType}) and code, unknown fields included, and
 * {@link #verified} throws them all at once as 400 {@code VALIDATION_FAILED}. Messages never echo values.
 */
final class StrictJson {

    static final String REQUIRED = "REQUIRED";
    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String INVALID_TYPE = "INVALID_TYPE";
    static final String INVALID_VALUE = "INVALID_VALUE";
    static final String TOO_LONG = "TOO_LONG";
    static final String INVALID_INSTANT = "INVALID_INSTANT";

    private final List<FieldError> errors = new ArrayList<>();

    /** The body itself, which must be a JSON object with only {@code known} fields. */
    JsonNode root(JsonNode body, Set<String> known) {
        if (body == null || !body.isObject()) {
            errors.add(new FieldError("$", INVALID_TYPE, "the body must be a JSON object"));
            return null;
        }
        onlyKnown(body, "", known);
        return body;
    }

    JsonNode object(JsonNode parent, String path, Set<String> known) {
        JsonNode value = present(parent, path, true);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            return wrongType(path, "an object");
        }
        onlyKnown(value, path + ".", known);
        return value;
    }

    List<JsonNode> array(JsonNode parent, String path, int maxItems) {
        JsonNode value = present(parent, path, true);
        List<JsonNode> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            wrongType(path, "an array");
        } else if (value.size() > maxItems) {
            errors.add(new FieldError(path, TOO_LONG, "at most " + maxItems + " items"));
        } else {
            value.forEach(items::add);
        }
        return items;
    }

    String text(JsonNode parent, String path, boolean required, int maxLength) {
        JsonNode value = present(parent, path, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return wrongType(path, "a string");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(path, REQUIRED, "must not be blank"));
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new FieldError(path, TOO_LONG, "at most " + maxLength + " characters"));
            return null;
        }
        return text;
    }

    String matching(JsonNode parent, String path, Pattern pattern, String code, String rule) {
        String text = text(parent, path, true, 200);
        if (text != null && !pattern.matcher(text).matches()) {
            errors.add(new FieldError(path, code, rule));
            return null;
        }
        return text;
    }

    String identifier(JsonNode parent, String path, IdentifierRule rule) {
        String text = text(parent, path, true, 64);
        if (text != null && rule.violation(text).isPresent()) {
            errors.add(new FieldError(path, rule.code(), rule.violation(text).get()));
            return null;
        }
        return text;
    }

    <E extends Enum<E>> E choice(JsonNode parent, String path, Class<E> type) {
        String text = text(parent, path, true, 64);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        errors.add(new FieldError(path, INVALID_VALUE, "one of " + List.of(type.getEnumConstants())));
        return null;
    }

    OffsetDateTime instant(JsonNode parent, String path, boolean required) {
        String text = text(parent, path, required, 64);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException unreadable) {
            errors.add(new FieldError(path, INVALID_INSTANT, "an instant with its offset, e.g. 2026-11-28T08:10:00+07:00"));
            return null;
        }
    }

    void add(String path, String code, String message) {
        errors.add(new FieldError(path, code, message));
    }

    /** Throws every collected error as one problem; returns {@code value} when there are none. */
    <T> T verified(Supplier<T> value) {
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED,
                    "The request is not valid: " + errors.size() + " problem(s), see errors.", errors, null);
        }
        return value.get();
    }

    private void onlyKnown(JsonNode object, String prefix, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                errors.add(new FieldError(prefix + name, UNKNOWN_FIELD, "not a field of this body"));
            }
        });
    }

    private JsonNode present(JsonNode parent, String path, boolean required) {
        JsonNode value = parent == null ? null : parent.get(leaf(path));
        if (value == null || value.isNull()) {
            if (required && parent != null) {
                errors.add(new FieldError(path, REQUIRED, "is required"));
            }
            return null;
        }
        return value;
    }

    private <T> T wrongType(String path, String expected) {
        errors.add(new FieldError(path, INVALID_TYPE, "must be " + expected));
        return null;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
