package vn.hanoi.gateway.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The providers the sandbox platform relays to ({@code platform.md}, "Sandbox provider codes"), and how the
 * platform, a trusted party, authenticates to each: it asks the provider's token endpoint with its own sandbox
 * credentials (those of the provider's simulator) and adds what the provider's contract asks on every call.
 */
final class PlatformProviders {

    /** One provider: its system (simulator), its token request, the headers of its contract besides the bearer. */
    record Provider(String code, String system, String tokenPath, String tokenForm, Map<String, String> tokenHeaders,
                    Map<String, String> callHeaders) {

        HttpRequest.Builder tokenRequest(String baseUrl) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + tokenPath))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(tokenForm));
            tokenHeaders.forEach(request::header);
            return request;
        }
    }

    private static final Map<String, Provider> BY_CODE = Map.of(
            "BCA.DANCU", form("BCA.DANCU", "population", PopulationSimulator.CLIENT_ID, PopulationSimulator.CLIENT_SECRET),
            "BKHDT.DKDN", new Provider("BKHDT.DKDN", "business", "/oauth/token", "grant_type=client_credentials",
                    Map.of("Authorization", OAuthStubs.basic(BusinessSimulator.CLIENT_ID, BusinessSimulator.CLIENT_SECRET)),
                    Map.of()),
            "BHXH.TRACUU", new Provider("BHXH.TRACUU", "insurance", "/lgsp/token", "grant_type=client_credentials",
                    Map.of(LgspAccessToken.HEADER, InsuranceSimulator.ACCESS.header()),
                    Map.of(LgspAccessToken.HEADER, InsuranceSimulator.ACCESS.header())),
            "BTNMT.DATDAI", form("BTNMT.DATDAI", "land", LandSimulator.CLIENT_ID, LandSimulator.CLIENT_SECRET),
            "BTP.HOTICH", form("BTP.HOTICH", "civil-status", CivilStatusSimulator.CLIENT_ID,
                    CivilStatusSimulator.CLIENT_SECRET));

    private PlatformProviders() {
    }

    static Optional<Provider> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    private static Provider form(String code, String system, String clientId, String secret) {
        return new Provider(code, system, "/oauth2/token", "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8), Map.of(), Map.of());
    }
}
