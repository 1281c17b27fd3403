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
 * Why a JSON body (or JSON part) could not be read, as a field error in the words of {@link FieldCodes}:
 * {@code UNKNOWN_FIELD}, {@code DUPLICATE_FIELD}, {@code INVALID_TYPE} (a number where text is expected),
 * {@code INVALID_VALUE} (text that is not a date) or {@code MALFORMED_JSON}. Field names come from the caller,
 * so only plain ones are repeated back; never a value.
 */
public final class BodyErrors {

    private static final Pattern PLAIN_FIELD = Pattern.compile("[A-Za-z0-9_.\\[\\]]{1,64}");

    private BodyErrors() {
    }

    /**
     * @param failure what Jackson threw (anything else is {@code MALFORMED_JSON})
     * @param whole   the name of the whole document in an error about it: {@code body}, or a part's name
     */
    public static List<FieldError> of(Throwable failure, String whole) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return error(pathOf(unknown, whole), FieldCodes.UNKNOWN_FIELD, "this field is not part of the request");
        }
        if (failure instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            return error(whole, FieldCodes.DUPLICATE_FIELD, "a field appears twice");
        }
        if (failure instanceof InvalidFormatException format && format.getValue() instanceof String) {
            return error(pathOf(format, whole), FieldCodes.INVALID_VALUE, "the value has the wrong format");
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return error(pathOf(mismatch, whole), FieldCodes.INVALID_TYPE, "the value has the wrong JSON type");
        }
        return error(whole, FieldCodes.MALFORMED_JSON, "not well-formed JSON of the expected shape");
    }

    private static List<FieldError> error(String field, String code, String message) {
        return List.of(new FieldError(field, code, message));
    }

    /** {@code applicant.id}, {@code documents[0].documentType}. */
    private static String pathOf(JsonMappingException failure, String whole) {
        String path = failure.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return PLAIN_FIELD.matcher(path).matches() ? path : whole;
    }
}
