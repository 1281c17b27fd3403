package vn.hanoi.gateway.contract.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import vn.hanoi.gateway.contract.Register;

/**
 * A good answer of the system a fault plays, as it sends it: what the faults delay, trickle, cut in half or
 * pad. A register's is its found fixture record (re-keyed to the record asked); the portal's is a procedure list.
 *
 * @param system the system that sends it
 * @param text the answer's body
 * @param contentType its {@code Content-Type}
 * @param xml whether it is XML (SOAP) rather than JSON
 */
record NativeRecord(String system, String text, String contentType, boolean xml) {

    /**
     * The register's found fixture record, about {@code identifier} instead: the gateway refuses an answer about
     * another record than the one it asked for, and each cell of the matrix asks for a record of its own.
     */
    static NativeRecord foundIn(Register register, String identifier) {
        String text = register.fixtureText(register.found()).replace(register.found(), identifier);
        return new NativeRecord(register.system(), text, register.nativeContentType(), register.speaksXml());
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
