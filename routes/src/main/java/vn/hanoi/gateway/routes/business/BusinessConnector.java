package vn.hanoi.gateway.routes.business;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.business.Enterprise;
import vn.hanoi.gateway.mappings.business.EnterpriseMapper;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.Transports;

/** Declares the business registration connector: its transport and token, its REST client, its mapping, its lookup route. */
@Configuration(proxyBeanMethods = false)
class BusinessConnector {

    static final String SYSTEM = "business";
    static final String LOOKUP = "lookup";

    @Bean
    LookupSteps<JsonNode> businessLookup(Connectors connectors, Transports transports) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        EnterpriseMapper mapper = new EnterpriseMapper(new AddressTranslator(AdminUnits.hanoi()));
        BusinessRestClient client = new BusinessRestClient(connectors.httpClient(SYSTEM), properties,
                transports.of(SYSTEM, () -> basicAuthTokenRequest(properties)));
        return connectors.lookup(SYSTEM, LOOKUP, client, mapper::toEnterprise, Enterprise::enterpriseCode);
    }

    /** Client credentials as the register wants them: the client in HTTP Basic, the grant type in the form. */
    static HttpRequest.Builder basicAuthTokenRequest(ConnectorProperties properties) {
        String client = properties.getClientId() + ":" + properties.getClientSecret();
        return HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + "/oauth/token"))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
    }
}
