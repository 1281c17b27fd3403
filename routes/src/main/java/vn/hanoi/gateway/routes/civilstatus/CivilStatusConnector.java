package vn.hanoi.gateway.routes.civilstatus;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusMapper;
import vn.hanoi.gateway.mappings.civilstatus.CivilStatusRecord;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.Transports;
import vn.hanoi.gateway.routes.connector.TokenRequests;

/** Declares the civil-status connector: its transport and token, its REST client, its mapping, its lookup route. */
@Configuration(proxyBeanMethods = false)
class CivilStatusConnector {

    static final String SYSTEM = "civil-status";
    static final String LOOKUP = "lookup";

    @Bean
    LookupSteps<Registrations> civilStatusLookup(Connectors connectors, Transports transports) {
        CivilStatusMapper mapper = new CivilStatusMapper(AdminUnits.hanoi());
        return connectors.lookup(SYSTEM, LOOKUP, client(connectors, transports),
                answer -> mapper.toCivilStatusRecord(answer.personalId(), answer.duLieu()),
                CivilStatusRecord::personalId);
    }

    static CivilStatusRestClient client(Connectors connectors, Transports transports) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        return new CivilStatusRestClient(connectors.httpClient(SYSTEM), properties, transports.of(SYSTEM,
                () -> TokenRequests.clientCredentialsForm(properties, CivilStatusRestClient.TOKEN_PATH)));
    }
}
