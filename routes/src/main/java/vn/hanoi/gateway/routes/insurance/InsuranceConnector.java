package vn.hanoi.gateway.routes.insurance;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecord;
import vn.hanoi.gateway.mappings.insurance.InsuranceRecordMapper;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.TokenProvider;

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
    InsuranceRestClient insuranceClient(Connectors connectors) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        LgspCredentials credentials = LgspCredentials.of(properties);
        TokenProvider tokens = connectors.tokenProvider(SYSTEM, () -> credentials.tokenRequest(properties.getBaseUrl()));
        return new InsuranceRestClient(connectors.httpClient(SYSTEM), properties, credentials, tokens);
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
