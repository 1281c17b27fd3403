package vn.hanoi.gateway.mappings.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Field-by-field comparison of two JSON trees: every differing path, with both values. */
public final class JsonFieldDiff {

    private JsonFieldDiff() {
    }

    public static List<String> between(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        walk("$", expected, actual, differences);
        return differences;
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
            if (!(expected != null && actual != null && expected.isNumber() && actual.isNumber()
                    && expected.decimalValue().compareTo(actual.decimalValue()) == 0)) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(path + "." + name, expected.get(name), actual.get(name), out);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " items but was " + actual.size());
                return;
            }
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                walk(path + "[" + i + "]", e.next(), a.next(), out);
            }
        } else if (expected.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }
}
