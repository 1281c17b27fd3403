package vn.hanoi.gateway.dossiers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gateway.testing.TestPostgres;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/** The outbox and its dispatcher on PostgreSQL, as production runs them (claims with FOR UPDATE SKIP LOCKED). */
@Requires(Service.POSTGRES)
class OutboxDispatchPostgresIT extends OutboxDispatchContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }
}
