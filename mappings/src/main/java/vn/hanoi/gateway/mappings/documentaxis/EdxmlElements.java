package vn.hanoi.gateway.mappings.documentaxis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.hanoi.gateway.mappings.common.Text;

/**
 * Reads an edXML element's children by local name only: any prefix, a default namespace or none, extra elements
 * ignored, children in any order.
 */
final class EdxmlElements {

    private final Element element;

    EdxmlElements(Element element) {
        this.element = element;
    }

    String name() {
        return element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
    }

    /** The first descendant along {@code path} (child names), if there is one. */
    Optional<EdxmlElements> at(String... path) {
        Optional<EdxmlElements> current = Optional.of(this);
        for (String name : path) {
            current = current.flatMap(parent -> parent.children(name).stream().findFirst());
        }
        return current;
    }

    List<EdxmlElements> children(String name) {
        List<EdxmlElements> found = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element candidate) {
                EdxmlElements wrapped = new EdxmlElements(candidate);
                if (wrapped.name().equals(name)) {
                    found.add(wrapped);
                }
            }
        }
        return found;
    }

    /** The trimmed text along {@code path}; null when absent or blank. */
    String text(String... path) {
        return at(path).map(found -> Text.blankToNull(found.element.getTextContent())).orElse(null);
    }
}
