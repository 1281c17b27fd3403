package vn.hanoi.gateway.sandbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.util.regex.Pattern;

/** SOAP 1.1 answers, and request matching that ignores namespace prefixes. */
final class Soap {

    private static final String PREFIX = "(?:[\\w.-]+:)?";

    private Soap() {
    }

    /** The envelope as given, but for leading blanks (nothing may precede the XML declaration). */
    static ResponseDefinitionBuilder ok(String envelope) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope.stripLeading());
    }

    /** A SOAPAction header naming {@code action}, quoted or not. */
    static StringValuePattern action(String action) {
        return matching("\"?" + Pattern.quote(action) + "\"?");
    }

    /** A body holding element {@code name} (any prefix or none, any attributes) with text {@code value}. */
    static StringValuePattern element(String name, String value) {
        return matching("(?s).*<" + PREFIX + name + "(?:\\s[^>]*)?>\\s*" + Pattern.quote(value)
                + "\\s*</" + PREFIX + name + "\\s*>.*");
    }
}
