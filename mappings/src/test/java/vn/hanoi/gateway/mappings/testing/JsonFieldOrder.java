package vn.hanoi.gateway.mappings.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every field of a JSON tree by path, in document order: equal lists mean the same keys in the same order. */
public final class JsonFieldOrder {

    private JsonFieldOrder() {
    }

    public static List<String> paths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        walk("$", node, paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                out.add(path + "." + field.getKey());
                walk(path + "." + field.getKey(), field.getValue(), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), out);
            }
        }
    }
}
