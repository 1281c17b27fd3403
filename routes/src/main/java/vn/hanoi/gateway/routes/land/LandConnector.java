package vn.hanoi.gateway.routes.land;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.land.LegacyCommuneCodes;
import vn.hanoi.gateway.mappings.land.ParcelMapper;
import vn.hanoi.gateway.mappings.land.wsdl.ThongTinThuaDat;
import vn.hanoi.gateway.routes.connector.ConnectorProperties;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.connector.LookupSteps;
import vn.hanoi.gateway.routes.connector.TokenRequests;
import vn.hanoi.gateway.routes.connector.Transport;
import vn.hanoi.gateway.routes.connector.Transports;

/**
 * Declares the land connector: its transport and token, its SOAP client, its mapping, and two lookup routes,
 * {@code land-parcel} (key {@link ParcelKey#lookupKey()}) and {@code land-certificate} (key the serial).
 */
@Configuration(proxyBeanMethods = false)
class LandConnector {

    static final String SYSTEM = "land";
    static final String PARCEL = "parcel";
    static final String CERTIFICATE = "certificate";

    private final ParcelMapper mapper = new ParcelMapper(AdminUnits.hanoi());

    @Bean
    LandSoapClient landSoapClient(Connectors connectors, Transports transports) {
        ConnectorProperties properties = connectors.connector(SYSTEM).properties();
        Transport transport = transports.of(SYSTEM,
                () -> TokenRequests.clientCredentialsForm(properties, "/oauth2/token"));
        return new LandSoapClient(properties, transport);
    }

    @Bean
    LookupSteps<ThongTinThuaDat> landParcelLookup(Connectors connectors, LandSoapClient landSoapClient) {
        LegacyCommuneTries tries = new LegacyCommuneTries(new LegacyCommuneCodes(AdminUnits.hanoi()),
                landSoapClient::parcel);
        return connectors.lookup(SYSTEM, PARCEL, tries, mapper::toParcel);
    }

    @Bean
    LookupSteps<ThongTinThuaDat> landCertificateLookup(Connectors connectors, LandSoapClient landSoapClient) {
        return connectors.lookup(SYSTEM, CERTIFICATE, landSoapClient::certificate, mapper::toParcel);
    }
}
