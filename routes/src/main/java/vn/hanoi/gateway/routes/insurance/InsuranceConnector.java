package vn.hanoi.gateway.routes.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecordMapper;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import java.util.Map;
import vn.hanoi.gateway.routes.connector.Transports;

/**
 * Declares the social insurance connector: one client and one token shared by its two lookups, by
 * insurance code and by personal id, both mapped to the canonical InsuranceRecord.
 */
@Configuration(proxyBeanMethods = false)
class InsuranceConnector {

    static final String SYSTEM = "insurance";
    static final String LOOKUP = "lookup";
    static final String LOOKUP_BY_PERSON = "lookup-by-person";

    private final InsuranceRecordMapper mapper = new InsuranceRecordMapper();

    @Bean
    InsuranceRestClient insuranceClient(Connectors connectors, Transports transports) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        return new InsuranceRestClient(connectors.httpClient(SYSTEM), properties, transports.of(SYSTEM,
                () -> LgspCredentials.of(properties).tokenRequest(properties.getBaseUrl()),
                () -> Map.of(LgspCredentials.HEADER, LgspCredentials.of(properties).header())));
    }

    @Bean
    LookupSteps<JsonNode> insuranceLookup(Connectors connectors, InsuranceRestClient insuranceClient) {
        return connectors.lookup(SYSTEM, LOOKUP, insuranceClient.by(InsuranceKey.INSURANCE_CODE),
                mapper::toInsuranceRecord, InsuranceRecord::insuranceCode);
    }

    @Bean
    LookupSteps<JsonNode> insuranceLookupByPerson(Connectors connectors, InsuranceRestClient insuranceClient) {
        return connectors.lookup(SYSTEM, LOOKUP_BY_PERSON, insuranceClient.by(InsuranceKey.PERSONAL_ID),
                mapper::toInsuranceRecord, InsuranceRecord::personalId);
    }
}
