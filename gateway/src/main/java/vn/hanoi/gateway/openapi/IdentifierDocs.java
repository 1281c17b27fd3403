package vn.hanoi.gateway.openapi;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;

/**
 * How the OpenAPI document describes an identifier wherever an endpoint takes it (path or query), by
 * parameter name: one place for every endpoint that takes a {@code personalId}, present or future. The
 * examples are fixtures the sandbox answers; the patterns are the shape only, the rules are stricter.
 */
final class IdentifierDocs {

    private record Doc(String description, String pattern, String example) {
    }

    private static final Map<String, Doc> BY_NAME = Map.of(
            "personalId", new Doc("The 12-digit personal identification number (CCCD). "
                    + "A malformed one is 400 with INVALID_PERSONAL_ID.", "^[0-9]{12}$", "001051409167"),
            "enterpriseCode", new Doc("The enterprise code: 10 digits, or 13 for a branch, written "
                    + "0101234567-001 or 0101234567001. A malformed one is 400 with INVALID_ENTERPRISE_CODE.",
                    "^[0-9]{10}(-?[0-9]{3})?$", "0110386356"),
            "insuranceCode", new Doc("The 10-digit social-insurance code. A malformed one is 400 with "
                    + "INVALID_INSURANCE_CODE.", "^[0-9]{10}$", "2853501530"),
            "communeCode", new Doc("The 5-digit commune code, pre-2025 or current. A malformed one is 400 "
                    + "with INVALID_COMMUNE_CODE.", "^[0-9]{5}$", "00124"),
            "mapSheetNumber", new Doc("The map sheet number (tờ bản đồ). A malformed one is 400 with "
                    + "INVALID_PARCEL_REFERENCE.", null, "21"),
            "parcelNumber", new Doc("The parcel number on its map sheet (thửa đất). A malformed one is 400 "
                    + "with INVALID_PARCEL_REFERENCE.", null, "279"),
            "serial", new Doc("The serial of the land-use right certificate, two letters, a space and six "
                    + "digits, URL-encoded (CX%20169401).", null, "CX 169401"));

    private IdentifierDocs() {
    }

    static void describe(Parameter parameter) {
        Doc doc = BY_NAME.get(parameter.getName());
        if (doc == null) {
            return;
        }
        StringSchema schema = new StringSchema();
        schema.setPattern(doc.pattern());
        parameter.description(doc.description()).example(doc.example()).schema(schema);
    }
}
