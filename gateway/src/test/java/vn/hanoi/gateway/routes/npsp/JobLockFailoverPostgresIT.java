package vn.hanoi.gateway.routes.npsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.hanoi.gateway.routes.jobs.OneInstanceAtATime;
import vn.hanoi.gateway.testing.TestPostgres;
import vn.hanoi.gateway.testing.services.LocalServices;
import vn.hanoi.gateway.testing.services.Requires;
import vn.hanoi.gateway.testing.services.Service;

/**
 * {@link OneInstanceAtATime} between two instances on one PostgreSQL schema (migrated by the gateway's own
 * Flyway scripts): each instance a Camel context of its own, with its own connection to the database and its own
 * ShedLock provider, and the same timer route a job's schedule is ({@code filter(onOneInstance).to(job)}).
 */
@Requires(Service.POSTGRES)
class JobLockFailoverPostgresIT {

    private static final String JOB = "npsp-intake";
    private static final Duration PERIOD = Duration.ofMillis(200);
    private static final Duration AT_MOST_FOR = Duration.ofSeconds(3);

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final List<String> running = new CopyOnWriteArrayList<>();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<CamelContext> instances = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        released.countDown();
        instances.forEach(CamelContext::stop);
    }

    @Test
    void whileOneInstanceRunsTheJobTheOtherDoesNotAndWhenTheHolderDiesTheOtherTakesOver() throws Exception {
        DataSource database = migrated(TestPostgres.newSchema());
        start("first", database, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> runs("first") == 1);
        Instant heldSince = Instant.now();
        start("second", database, false);

        await().atMost(AT_MOST_FOR.plusSeconds(10)).until(() -> runs("second") > 0);

        assertThat(Duration.between(heldSince, Instant.now()))
                .as("the second waited for the dead holder's lock to run out").isGreaterThan(AT_MOST_FOR.minusMillis(500));
        assertThat(runs("first")).as("the holder hangs: it never ran again").isEqualTo(1);
        await("and keeps running it").atMost(Duration.ofSeconds(10)).until(() -> runs("second") >= 3);
    }

    @Test
    void twoLiveInstancesNeverRunTheJobAtTheSameTime() throws Exception {
        DataSource database = migrated(TestPostgres.newSchema());
        start("first", database, false);
        start("second", database, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> runs("first") + runs("second") >= 10);

        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    private int runs(String instance) {
        return runs.computeIfAbsent(instance, name -> new AtomicInteger()).get();
    }

    /** An instance whose job, when {@code hangs}, never returns from its first run: it holds the lock as if dead. */
    private void start(String name, DataSource database, boolean hangs) throws Exception {
        JdbcTemplateLockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(database)).usingDbTime().build());
        OneInstanceAtATime onOneInstance = new OneInstanceAtATime(locks, JOB, PERIOD, AT_MOST_FOR, Clock.systemUTC());
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:" + JOB + "?period=" + PERIOD.toMillis()).filter(onOneInstance).process(exchange -> {
                    running.add(name);
                    mostAtOnce.accumulateAndGet(running.size(), Math::max);
                    runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
                    if (hangs) {
                        released.await();
                    } else {
                        Thread.sleep(50);
                    }
                    running.remove(name);
                });
            }
        });
        camel.start();
        instances.add(camel);
    }

    private static DataSource migrated(String schema) {
        DriverManagerDataSource database = new DriverManagerDataSource(
                LocalServices.POSTGRES_URL + "?currentSchema=" + schema, LocalServices.POSTGRES_USER,
                LocalServices.POSTGRES_PASSWORD);
        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration").load().migrate();
        return database;
    }
}
