package vn.hanoi.gateway.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hanoi.gateway.input.StrictJson;
import vn.hanoi.gateway.problem.ApiException;

/**
 * Binds a JSON body to a record strictly, with the parser settings of every JSON body ({@link StrictJson}: a
 * field given twice, trailing content, nesting deeper than any request needs refused): an unknown field
 * ({@code UNKNOWN_FIELD}), a value of the wrong JSON type ({@code INVALID_TYPE}, no coercion of numbers or
 * booleans to text and back) or a body that is not JSON
 * ({@code MALFORMED_JSON}) is 400 {@code VALIDATION_FAILED} naming the field's path, never echoing the value.
 * The caller checks each field's own rules on the record afterwards.
 */
@Component
public class StrictBodies {

    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String INVALID_TYPE = "INVALID_TYPE";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";

    private final ObjectMapper strict;

    public StrictBodies(ObjectMapper json) {
        ObjectMapper copy = StrictJson.strict(json);
        copy.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        copy.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        this.strict = copy;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("$", INVALID_TYPE, "the body must be a JSON object");
        }
        try {
            return strict.treeToValue(body, type);
        } catch (JsonProcessingException failure) {
            throw refused(failure);
        }
    }

    public <T> T read(String body, String field, Class<T> type) {
        JsonNode tree;
        try {
            tree = strict.readTree(body);
        } catch (JsonProcessingException failure) {
            if (failure.getOriginalMessage().startsWith("Duplicate field")) {
                throw ApiException.invalid(field, DUPLICATE_FIELD, "a field appears twice in " + field);
            }
            throw ApiException.invalid(field, MALFORMED_JSON, field + " is not JSON");
        }
        return read(tree, type);
    }

    private static ApiException refused(JsonProcessingException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return ApiException.invalid(path(unknown.getPath()), UNKNOWN_FIELD, "not a field of this body");
        }
        if (failure instanceof JsonMappingException mapping) {
            return ApiException.invalid(path(mapping.getPath()), INVALID_TYPE, "a value of the wrong type");
        }
        return ApiException.invalid("$", MALFORMED_JSON, "the body is not JSON");
    }

    /** {@code applicant.id}, {@code documents[0].documentType}. */
    static String path(List<JsonMappingException.Reference> references) {
        String path = references.stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }
}
