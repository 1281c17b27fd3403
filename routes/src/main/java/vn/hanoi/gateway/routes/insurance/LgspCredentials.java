package vn.hanoi.gateway.routes.insurance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.ConnectorSettings;

/**
 * The provincial platform's {@code lgspaccesstoken} header, base64 of
 * {@code {"AccessKey","SecretKey","AppName","PartnerCode"}}, sent on the token call and on every service
 * call, and the token call itself. The header is a secret: never logged, never printed.
 */
final class LgspCredentials {

    static final String HEADER = "lgspaccesstoken";
    static final String TOKEN_PATH = "/lgsp/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String header;

    private LgspCredentials(String header) {
        this.header = header;
    }

    /** @throws IllegalStateException when one of the four credentials is not configured */
    static LgspCredentials of(ConnectorProperties properties) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccessKey", required(properties.getAccessKey(), "access-key"));
        fields.put("SecretKey", required(properties.getSecretKey(), "secret-key"));
        fields.put("AppName", required(properties.getAppName(), "app-name"));
        fields.put("PartnerCode", required(properties.getPartnerCode(), "partner-code"));
        try {
            byte[] json = JSON.writeValueAsBytes(fields);
            return new LgspCredentials(Base64.getEncoder().encodeToString(json));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write the LGSP access header", impossible);
        }
    }

    String header() {
        return header;
    }

    /** {@code POST /lgsp/token} with the header and the client-credentials grant. */
    HttpRequest.Builder tokenRequest(String baseUrl) {
        return HttpRequest.newBuilder(URI.create(baseUrl + TOKEN_PATH))
                .header(HEADER, header)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials", StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "LgspCredentials[***]";
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(ConnectorSettings.CONNECTORS_PREFIX + "." + InsuranceConnector.SYSTEM
                    + "." + name + " is not set");
        }
        return value;
    }
}
