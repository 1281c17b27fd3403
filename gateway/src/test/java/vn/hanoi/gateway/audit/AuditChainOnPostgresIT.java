package vn.hanoi.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * The audit migration and chain on PostgreSQL, with two gateway instances (two pools, two in-process
 * locks) appending at once to one database: the head row lock keeps one linear chain. Uses the local
 * PostgreSQL ({@link LocalServices}) in a schema of its own.
 */
@Requires(Service.POSTGRES)
class AuditChainOnPostgresIT {

    private static final String URL = LocalServices.POSTGRES_URL;
    private static final String USER = LocalServices.POSTGRES_USER;
    private static final String PASSWORD = LocalServices.POSTGRES_PASSWORD;
    private static final String SCHEMA = "audit_it_" + Long.toHexString(System.nanoTime());

    private static final List<HikariDataSource> POOLS = new ArrayList<>();
    /** A checkpoint every 7 records: two instances appending at once must each sign a head that is in the chain. */
    private static final CheckpointProperties CHECKPOINTS = new CheckpointProperties(null, null, Duration.ofMinutes(5), 7);
    private static final CheckpointSigner SIGNER = TestCheckpointKeys.signer();

    @BeforeAll
    static void migrateASchemaOfItsOwn() {
        Flyway.configure().dataSource(URL, USER, PASSWORD).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void dropTheSchema() throws SQLException {
        POOLS.forEach(HikariDataSource::close);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void twoInstancesAppendingAtOnceKeepOneLinearChain() throws Exception {
        AuditLog first = instance();
        AuditLog second = instance();
        long before = first.head().seq();

        AppendingAtOnce.run(List.of(first, second), 8, 25);

        assertThat(second.head().seq()).isEqualTo(before + 200);
        ChainCheck check = ChainCheck.of(first);
        assertThat(check.valid()).isTrue();
        assertThat(check.records()).isEqualTo(before + 200);
        assertThat(first.checkpoints().upTo(before + 200)).as("a checkpoint at least every 7 records, each of a head in the chain")
                .hasSizeGreaterThanOrEqualTo(200 / 7);
    }

    @Test
    void anAlteredRowIsNamedOnPostgresToo() {
        AuditLog log = instance();
        log.append(List.of(AppendingAtOnce.entry(), AppendingAtOnce.entry(), AppendingAtOnce.entry()));
        long altered = log.head().seq() - 1;
        JdbcTemplate jdbc = new JdbcTemplate(POOLS.get(POOLS.size() - 1));
        jdbc.update("UPDATE audit_record SET officer_id = 'someone-else' WHERE seq = ?", altered);
        try {
            ChainCheck check = ChainCheck.of(log);

            assertThat(check.valid()).isFalse();
            assertThat(check.firstBrokenAt()).isEqualTo(altered);
        } finally {
            jdbc.update("UPDATE audit_record SET officer_id = 'can-bo-1' WHERE seq = ?", altered);
        }
        assertThat(ChainCheck.of(log).valid()).isTrue();
    }

    private static AuditLog instance() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(URL);
        pool.setUsername(USER);
        pool.setPassword(PASSWORD);
        pool.setSchema(SCHEMA);
        pool.setMaximumPoolSize(4);
        POOLS.add(pool);
        return new AuditLog(new JdbcTemplate(pool), new TransactionTemplate(new DataSourceTransactionManager(pool)),
                new AuditCheckpoints(new JdbcTemplate(pool), SIGNER), CHECKPOINTS);
    }
}
