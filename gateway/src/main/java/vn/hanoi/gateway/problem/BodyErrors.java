package vn.hanoi.gateway.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Why a JSON body could not be read, as a field error: {@code UNKNOWN_FIELD}, {@code DUPLICATE_FIELD},
 * {@code INVALID_TYPE} (a number where text is expected), {@code INVALID_VALUE} (text that is not a date) or
 * {@code MALFORMED_JSON}: the vocabulary of {@code validation.StrictBodies} and {@code dossiers.StrictJson} too. Field names come from the caller, so only plain ones
 * are repeated back; never a value.
 */
final class BodyErrors {

    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z0-9_.\\[\\]]{1,64}");
    private static final String BODY = "body";

    private BodyErrors() {
    }

    static List<FieldError> of(Throwable failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return error(pathOf(unknown), "UNKNOWN_FIELD", "this field is not part of the request");
        }
        if (cause instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return error(BODY, "DUPLICATE_FIELD", "a field appears twice");
        }
        if (cause instanceof InvalidFormatException format && format.getValue() instanceof String) {
            return error(pathOf(format), "INVALID_VALUE", "the value has the wrong format");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return error(pathOf(mismatch), "INVALID_TYPE", "the value has the wrong JSON type");
        }
        return error(BODY, "MALFORMED_JSON", "the body is not well-formed JSON of the expected shape");
    }

    private static List<FieldError> error(String field, String code, String message) {
        return List.of(new FieldError(field, code, message));
    }

    private static String pathOf(JsonMappingException failure) {
        String path = failure.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return PLAIN_FIELD.matcher(path).matches() ? path : BODY;
    }
}
