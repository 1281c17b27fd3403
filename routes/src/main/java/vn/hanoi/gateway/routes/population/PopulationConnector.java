package vn.hanoi.gateway.routes.population;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.population.CitizenMapper;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.TokenProvider;

/** Declares the population connector: its token, its SOAP client, its mapping, its lookup route. */
@Configuration(proxyBeanMethods = false)
class PopulationConnector {

    static final String SYSTEM = "population";
    static final String LOOKUP = "lookup";

    @Bean
    LookupSteps<CongDan> populationLookup(Connectors connectors) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        TokenProvider tokens = connectors.tokenProvider(SYSTEM, () -> clientCredentialsForm(properties));
        CitizenMapper mapper = new CitizenMapper(new AddressTranslator(AdminUnits.hanoi()));
        return connectors.lookup(SYSTEM, LOOKUP, new PopulationSoapClient(properties, tokens), mapper::toCitizen);
    }

    static HttpRequest.Builder clientCredentialsForm(ConnectorProperties properties) {
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(properties.getClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(properties.getClientSecret(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(properties.getBaseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
