package vn.hanoi.gateway.dossiers.intake;

import java.util.Map;
import vn.hanoi.gateway.testing.RequiresPostgres;
import vn.hanoi.gateway.testing.TestPostgres;

/** The online intake on PostgreSQL, in a fresh schema. */
@RequiresPostgres
class OnlineIntakePostgresIT extends OnlineIntakeContract {

    @Override
    Map<String, Object> database() {
        return TestPostgres.properties(TestPostgres.newSchema());
    }
}
