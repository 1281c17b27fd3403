package vn.hanoi.gateway.sandbox;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An edXML envelope as the sandbox axis reads it: leniently ({@code document-axis.md}), any prefix or none, elements by
 * local name under their parent, unknown ones ignored. Paths are written from {@code edXMLHeader} / {@code edXMLBody}
 * down, as the axis's {@code MISSING_ELEMENT} names them.
 */
final class AxisEnvelope {

    static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private final Element root;

    private AxisEnvelope(Element root) {
        this.root = root;
    }

    /** The envelope, or null when the body is not XML. */
    static AxisEnvelope parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new AxisEnvelope(factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement());
        } catch (Exception notXml) {
            return null;
        }
    }

    boolean isEdxml() {
        return "edXMLEnvelope".equals(root.getLocalName()) && NAMESPACE.equals(root.getNamespaceURI());
    }

    /** The first element at the path from the root ({@code edXMLHeader/MessageHeader/DocumentId}), or null. */
    Element element(String path) {
        Element at = root;
        for (String step : path.split("/")) {
            at = at == null ? null : first(at, step);
        }
        return at;
    }

    /** Every element at the path (the last step repeated). */
    List<Element> all(String path) {
        int last = path.lastIndexOf('/');
        Element parent = last < 0 ? root : element(path.substring(0, last));
        return parent == null ? List.of() : children(parent, path.substring(last + 1));
    }

    /** The element's text, stripped; null when the element is absent. */
    String text(String path) {
        Element element = element(path);
        return element == null ? null : element.getTextContent().strip();
    }

    static String text(Element parent, String name) {
        Element child = parent == null ? null : first(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }
}
