package vn.hanoi.gateway.mappings.testing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.hanoi.gateway.mappings.common.CanonicalJson;

/** Reads the shared fixtures copied onto the test classpath under {@code fixtures/}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static List<Path> files(String folder) {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures/" + folder);
        if (url == null) {
            throw new IllegalStateException("no fixtures folder " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String relative) {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical file of {@code system} named like {@code nativeFile}, read as JSON. */
    public static JsonNode canonicalTwin(String system, Path nativeFile) {
        return json(file(system + "/canonical/" + baseName(nativeFile) + ".json"));
    }

    public static List<String> baseNames(String folder) {
        return files(folder).stream().map(Fixtures::baseName).toList();
    }

    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    public static JsonNode json(Path file) {
        try {
            return CanonicalJson.newMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SOAP body's first element of a native response, unmarshalled as {@code type}. */
    public static <T> T soapBody(Path envelope, Class<T> type) {
        try (InputStream in = Files.newInputStream(envelope)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            Element body = firstElement(root, "Body");
            Element payload = firstElement(body, null);
            return JAXBContext.newInstance(type).createUnmarshaller().unmarshal(payload, type).getValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JAXBException | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element firstElement(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                return e;
            }
        }
        throw new IllegalStateException("no element " + localName + " under " + parent.getLocalName());
    }
}
