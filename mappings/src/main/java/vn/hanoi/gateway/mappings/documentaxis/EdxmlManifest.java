package vn.hanoi.gateway.mappings.documentaxis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.hanoi.gateway.mappings.npsp.DocumentType;

/**
 * Reads the attachments a received edXML document lists ({@code edXMLManifest/Reference}), leniently as
 * {@code document-axis.md} asks: any prefix or none, elements matched by local name, unknown ones ignored; an envelope
 * that cannot be read lists nothing. {@code documentType} is the canonical type of {@code MaGiayTo} (unknown: null).
 */
public final class EdxmlManifest {

    /** One attachment as listed; {@code sha256} as the sender declared it. */
    public record Listed(String name, String mediaType, String sha256, String documentType) {
    }

    public List<Listed> attachments(String edxml) {
        List<Listed> listed = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(edxml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            NodeList references = root.getElementsByTagNameNS("*", "Reference");
            for (int i = 0; i < references.getLength(); i++) {
                Element reference = (Element) references.item(i);
                if ("edXMLManifest".equals(reference.getParentNode().getLocalName())) {
                    listed.add(new Listed(text(reference, "AttachmentName"), text(reference, "ContentType"),
                            text(reference, "Sha256"), DocumentType.fromPortal(text(reference, "MaGiayTo"))
                            .map(Enum::name).orElse(null)));
                }
            }
        } catch (Exception unreadable) {
            return List.of();
        }
        return listed;
    }

    private static String text(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }
}
