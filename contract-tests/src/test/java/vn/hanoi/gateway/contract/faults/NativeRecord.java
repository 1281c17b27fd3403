package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import vn.hanoi.gateway.contract.Register;

/**
 * A good answer of the system a fault plays, as it sends it: what the faults delay, trickle, cut in half or
 * pad. A register's is its found fixture record; the portal's is a procedure list.
 *
 * @param system the system that sends it
 * @param text the answer's body
 * @param contentType its {@code Content-Type}
 * @param xml whether it is XML (SOAP) rather than JSON
 */
record NativeRecord(String system, String text, String contentType, boolean xml) {

    static NativeRecord foundIn(Register register) {
        return new NativeRecord(register.system(), register.fixtureText(register.found()), register.nativeContentType(),
                register.speaksXml());
    }

    /** The answer, 200, as the system sends it. */
    ResponseDefinitionBuilder answer() {
        return answer(text);
    }

    /** Another body in its place, with the same status and content type. */
    ResponseDefinitionBuilder answer(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body);
    }
}
