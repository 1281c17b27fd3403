package vn.hanoi.gateway.routes.npsp;

import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gateway.mappings.common.AdminUnits;
import vn.hanoi.gateway.mappings.npsp.DossierRouter;
import vn.hanoi.gateway.routes.connector.Connector;
import vn.hanoi.gateway.routes.connector.Connectors;
import vn.hanoi.gateway.routes.jobs.OneInstanceAtATime;

/** Declares the portal connector: its client and session, and its dispatch, intake and catalogue jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxSettings.class, IntakeSettings.class, CatalogueSettings.class, JobLockSettings.class})
class NpspConnector {

    static final String SYSTEM = "npsp";

    @Bean
    NpspRoutes npspRoutes(Connectors connectors, Outbox outbox, IntakeLedger ledger, ProcedureCatalogue catalogue,
                          ResultFiles resultFiles, ApplicantResidences residences, OutboxSettings outboxSettings, IntakeSettings intakeSettings,
                          CatalogueSettings catalogueSettings, LockProvider jobLocks, JobLockSettings lockSettings,
                          Clock clock) {
        Connector connector = connectors.connector(SYSTEM);
        NpspSession session = new NpspSession(connectors.httpClient(SYSTEM), connector.properties(), connector.metrics());
        NpspPortal portal = new NpspPortal(connector,
                new NpspClient(connectors.httpClient(SYSTEM), connector.properties(), session));
        CatalogueSync catalogueSync = new CatalogueSync(portal, catalogue, clock);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, new OutboxDelivery(portal, catalogue, resultFiles), outboxSettings,
                outboxSettings.backoff(), clock, workerId(),
                connector.properties().getDeadline());
        OnlineIntake intake = new OnlineIntake(portal, ledger, catalogueSync,
                new ApplicantCommunes(residences, intakeSettings.officerId()), new DossierRouter(AdminUnits.hanoi()),
                intakeSettings, clock);
        return new NpspRoutes(dispatcher, intake, catalogueSync,
                new NpspRoutes.NpspSchedules(outboxSettings, intakeSettings, catalogueSettings),
                (job, period) -> new OneInstanceAtATime(jobLocks, job, period, lockSettings.atMostFor(), clock));
    }

    /** Names this instance's claims on the outbox: process id and a random part, unique per application context. */
    static String workerId() {
        return ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
