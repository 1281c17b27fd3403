package vn.hanoi.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Field-by-field comparison of two JSON trees: every path where they differ, with both values, so a
 * failing contract test names each wrong field instead of printing two whole documents. Numbers compare
 * by value ({@code 1} equals {@code 1.0}); a missing field differs from an explicit {@code null}.
 */
public final class JsonFieldDiff {

    private JsonFieldDiff() {
    }

    public static List<String> between(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        walk("$", expected, actual, differences);
        return differences;
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null) {
            if (expected != actual) {
                out.add(path + ": expected " + describe(expected) + " but was " + describe(actual));
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.getNodeType() != actual.getNodeType()) {
            out.add(path + ": expected " + expected + " but was " + actual);
        } else if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> walk(path + "." + name, expected.get(name), actual.get(name), out));
        } else if (expected.isArray()) {
            walkArray(path, expected, actual, out);
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static void walkArray(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.size() != actual.size()) {
            out.add(path + ": expected " + expected.size() + " items " + expected + " but was "
                    + actual.size() + " " + actual);
            return;
        }
        Iterator<JsonNode> e = expected.elements();
        Iterator<JsonNode> a = actual.elements();
        for (int i = 0; e.hasNext(); i++) {
            walk(path + "[" + i + "]", e.next(), a.next(), out);
        }
    }

    private static String describe(JsonNode node) {
        return node == null ? "(no such field)" : node.toString();
    }
}
