package vn.hanoi.gateway.routes.population;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.common.AddressTranslator;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.population.Citizen;
import vn.hanoi.gateway.mappings.population.CitizenMapper;
import vn.hanoi.gateway.mappings.population.wsdl.CongDan;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.TokenRequests;
import vn.hanoi.gateway.routes.connector.Transport;
import vn.hanoi.gateway.routes.connector.Transports;

/** Declares the population connector: its transport and token, its SOAP client, its mapping, its lookup route. */
@Configuration(proxyBeanMethods = false)
class PopulationConnector {

    static final String SYSTEM = "population";
    static final String LOOKUP = "lookup";

    @Bean
    LookupSteps<CongDan> populationLookup(Connectors connectors, Transports transports) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        Transport transport = transports.of(SYSTEM,
                () -> TokenRequests.clientCredentialsForm(properties, "/oauth2/token"));
        CitizenMapper mapper = new CitizenMapper(new AddressTranslator(AdminUnits.hanoi()));
        return connectors.lookup(SYSTEM, LOOKUP, new PopulationSoapClient(properties, transport), mapper::toCitizen,
                Citizen::personalId);
    }
}
