package vn.hanoi.gateway.mappings.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reading of an upstream JSON body, field by field. A field that is absent, {@code null}, empty,
 * of the wrong kind or unreadable reads as {@code null} (or an empty list); numbers may come as strings
 * and strings as numbers; unknown fields are never looked at.
 */
public final class LenientJson {

    private LenientJson() {
    }

    /** The node itself when it is a JSON object; otherwise the upstream sent something unusable. */
    public static JsonNode requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return node;
    }

    /** A scalar as trimmed text; blank, absent or a container gives {@code null}. */
    public static String text(JsonNode parent, String field) {
        JsonNode value = field(parent, field);
        return value.isValueNode() && !value.isNull() ? Text.blankToNull(value.asText()) : null;
    }

    /**
     * A code with leading zeros. Sent as a JSON number, it has lost them: it is padded back to
     * {@code width} digits (province {@code 1} → {@code 01}).
     */
    public static String code(JsonNode parent, String field, int width) {
        JsonNode value = field(parent, field);
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return String.format("%0" + width + "d", value.asLong());
        }
        return text(parent, field);
    }

    /** A number sent as a JSON number or as Vietnamese-formatted text ({@code 9.000.000}). */
    public static BigDecimal decimal(JsonNode parent, String field) {
        JsonNode value = field(parent, field);
        if (value.isNumber()) {
            return VietnameseNumbers.plain(value.decimalValue());
        }
        return VietnameseNumbers.parse(text(parent, field)).orElse(null);
    }

    /** A whole number that fits an {@code int}, sent as a number or as text. */
    public static Integer integer(JsonNode parent, String field) {
        BigDecimal value = decimal(parent, field);
        return value == null ? null : VietnameseNumbers.exactInteger(value).orElse(null);
    }

    /** A yes/no flag: {@code "1"}, {@code 1} or {@code true} is yes; anything else, or nothing, is no. */
    public static boolean flag(JsonNode parent, String field) {
        String value = text(parent, field);
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /** A {@code dd/MM/yyyy} date. */
    public static LocalDate day(JsonNode parent, String field) {
        return VietnameseDates.day(text(parent, field)).orElse(null);
    }

    /** A {@code MM/yyyy} (or ISO) month. */
    public static YearMonth month(JsonNode parent, String field) {
        return VietnameseDates.month(text(parent, field)).orElse(null);
    }

    /** A nested object, or {@code null} when the field holds anything else. */
    public static JsonNode object(JsonNode parent, String field) {
        JsonNode value = field(parent, field);
        return value.isObject() ? value : null;
    }

    /** The objects of an array field; a lone object counts as an array of one. */
    public static List<JsonNode> objects(JsonNode parent, String field) {
        JsonNode value = field(parent, field);
        if (value.isObject()) {
            return List.of(value);
        }
        List<JsonNode> objects = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(element -> {
                if (element.isObject()) {
                    objects.add(element);
                }
            });
        }
        return List.copyOf(objects);
    }

    /** The first object of an array field (or the lone object), or {@code null}. */
    public static JsonNode first(JsonNode parent, String field) {
        List<JsonNode> objects = objects(parent, field);
        return objects.isEmpty() ? null : objects.get(0);
    }

    private static JsonNode field(JsonNode parent, String field) {
        return parent == null ? MissingNode.getInstance() : parent.path(field);
    }
}
