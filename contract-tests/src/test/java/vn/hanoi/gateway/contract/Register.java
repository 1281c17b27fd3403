package vn.hanoi.gateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A national register as the stubs in {@code wiremock/<system>/mappings/} play it: how the gateway is
 * asked for one of its records, the identifiers that select the scenarios every register has (each named
 * like its stub file), the service call that keeps the register's contract, and its fixtures. The
 * identifier of a record is what follows the lookup path of the gateway's public API.
 */
public abstract class Register {

    /** The stub that answers any request outside the contract (wrong path, header, token or body). */
    public static final String OUTSIDE_CONTRACT_STUB = "request-outside-contract-400";

    /**
     * The identifiers of the scenarios every register has, each served by a stub file.
     *
     * @param notFound not held, in the register's own way (one call); a gateway warms up with it
     * @param found a fixture record
     * @param foundLenient a fixture record as the register may really send it: read leniently
     * @param serverError HTTP 5xx: a failure that is retried
     * @param tokenExpiredMidway a fixture record whose first call the register refuses for an expired
     *                           token ({@code token-expired-midway})
     */
    public record CommonScenarios(String notFound, String found, String foundLenient, String serverError,
                                  String tokenExpiredMidway) {
    }

    private final String system;
    private final String lookupPath;
    private final String nativeExtension;
    private final String nativeContentType;
    private final CommonScenarios common;
    private final Set<String> servedByStubFiles;

    /**
     * @param lookupPath the gateway's path that the identifier follows, e.g. {@code /api/v1/enterprises/}
     * @param nativeExtension the extension of the files in {@code fixtures/<system>/native/}
     * @param nativeContentType the content type the register answers a record with
     * @param otherRecordsServedByStubFiles the fixture records that stub files serve besides the
     *                                      {@code common} ones (the tests stub the others from the fixtures)
     */
    protected Register(String system, String lookupPath, String nativeExtension, String nativeContentType,
                       CommonScenarios common, String... otherRecordsServedByStubFiles) {
        this.system = system;
        this.lookupPath = lookupPath;
        this.nativeExtension = nativeExtension;
        this.nativeContentType = nativeContentType;
        this.common = common;
        Set<String> served = new HashSet<>(Set.of(otherRecordsServedByStubFiles));
        served.addAll(List.of(common.found(), common.foundLenient(), common.tokenExpiredMidway()));
        this.servedByStubFiles = Set.copyOf(served);
    }

    /** The name of the register: its connector, its WireMock server, its {@code X-Source-System}. */
    public final String system() {
        return system;
    }

    /** Not held, in the register's own way (one call); a gateway warms up with it. */
    public final String notFound() {
        return common.notFound();
    }

    /** A fixture record that a stub file serves. */
    public final String found() {
        return common.found();
    }

    /** A fixture record that a stub file serves as the register may really send it: read leniently. */
    public final String foundLenient() {
        return common.foundLenient();
    }

    /** A stub that answers HTTP 5xx: a failure that is retried. */
    public final String serverError() {
        return common.serverError();
    }

    /** A fixture record whose first call the register refuses for an expired token ({@code token-expired-midway}). */
    public final String tokenExpiredMidway() {
        return common.tokenExpiredMidway();
    }

    /** The gateway's path for a lookup of this record. */
    public String lookupPath(String identifier) {
        return lookupPath + identifier;
    }

    /** A service call for this record that keeps the contract: auth, headers, content type, body shape. */
    public abstract MappingBuilder serviceCall(String identifier);

    /** The service calls the register received for this record. */
    public abstract RequestPatternBuilder serviceCallsFor(String identifier);

    /** Where the gateway asks for a token. */
    protected abstract String tokenPath();

    /** A token request, as the register's token endpoint receives it. */
    public final MappingBuilder tokenRequest() {
        return post(urlPathEqualTo(tokenPath()));
    }

    public final RequestPatternBuilder tokenCalls() {
        return postRequestedFor(urlPathEqualTo(tokenPath()));
    }

    /** The {@code n}-th token the stubs issue ({@code token-200} the first, {@code token-expired-midway} the second). */
    public final String token(int n) {
        return system + "-token-" + n;
    }

    /** Every fixture record, by identifier. */
    public final Stream<String> fixtures() {
        return Fixtures.names(system + "/native", nativeExtension).stream().map(this::identifierOf);
    }

    /** Every fixture record that no stub file serves, by identifier. */
    public final Stream<String> fixturesNotServedByStubFiles() {
        return fixtures().filter(identifier -> !servedByStubFiles.contains(identifier));
    }

    /** The register's answer for a fixture record: its file in {@code fixtures/<system>/native/}. */
    public final ResponseDefinitionBuilder fixtureAnswer(String identifier) {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", nativeContentType)
                .withBody(fixtureText(identifier));
    }

    /** The text of a fixture record's file in {@code fixtures/<system>/native/}. */
    public final String fixtureText(String identifier) {
        return Fixtures.text(system + "/native/" + fixtureNameOf(identifier) + "." + nativeExtension);
    }

    /** The content type the register answers a record with. */
    public final String nativeContentType() {
        return nativeContentType;
    }

    /** Whether the register speaks SOAP (XML) rather than JSON. */
    public final boolean speaksXml() {
        return "xml".equals(nativeExtension);
    }

    /**
     * A well-formed identifier that no stub file serves and no other test asks for, the {@code n}-th of
     * its kind: a test stubs what the register answers for it.
     */
    public abstract String unusedIdentifier(int n);

    /** What the gateway must answer for a fixture record: its file in {@code fixtures/<system>/canonical/}. */
    public final JsonNode canonical(String identifier) {
        return Fixtures.json(system + "/canonical/" + fixtureNameOf(identifier) + ".json");
    }

    /** From now on the register answers 503 for this record, whatever it answered before. */
    public final void startFailingFor(WireMockServer server, String identifier) {
        server.stubFor(serviceCall(identifier).atPriority(1).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody("Service Unavailable")));
    }

    /** The file name (without extension) of a fixture record, when it is not its identifier. */
    protected String fixtureNameOf(String identifier) {
        return identifier;
    }

    /** The identifier of a fixture record, when it is not its file name. */
    protected String identifierOf(String fixtureName) {
        return fixtureName;
    }

    public static List<LoggedRequest> everyRequest(WireMockServer server) {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    @Override
    public String toString() {
        return system;
    }
}
