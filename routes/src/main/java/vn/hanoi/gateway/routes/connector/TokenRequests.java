package vn.hanoi.gateway.routes.connector;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Token requests as the national systems' contracts describe them, for {@link Connectors#tokenProvider}. */
public final class TokenRequests {

    private TokenRequests() {
    }

    /** OAuth2 client credentials in the form ({@code population.md}): {@code POST {base-url}{path}}. */
    public static HttpRequest.Builder clientCredentialsForm(ConnectorProperties properties, String path) {
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(properties.getClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(properties.getClientSecret(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
