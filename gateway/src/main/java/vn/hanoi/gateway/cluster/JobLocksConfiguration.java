package vn.hanoi.gateway.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The locks of the jobs that run on one instance at a time: ShedLock's table ({@code shedlock},
 * V90__shedlock.sql) in the database every instance shares, its times taken from the database's clock so
 * that instances whose clocks drift apart still agree on when a lock runs out.
 */
@Configuration(proxyBeanMethods = false)
class JobLocksConfiguration {

    @Bean
    LockProvider jobLocks(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
