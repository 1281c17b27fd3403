package vn.hanoi.gateway.dossiers.intake;

import java.util.Map;
import vn.hanoi.gateway.testing.TestPostgres;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/** The online intake on PostgreSQL, in a fresh schema. */
@Requires(Service.POSTGRES)
class OnlineIntakePostgresIT extends OnlineIntakeContract {

    @Override
    Map<String, Object> database() {
        return TestPostgres.properties(TestPostgres.newSchema());
    }
}
