package vn.hanoi.gateway;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.hanoi.gateway.audit.VerifyAuditCommand;

/** The Hanoi data-sharing gateway. Sandbox mode (in-process simulators of every national system) is on by default. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        if (args.length > 0 && VerifyAuditCommand.NAME.equals(args[0])) {
            // An auditor's command: checks an exported audit trail without starting the gateway or needing its database.
            System.exit(VerifyAuditCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        commonPoolParallelism(Runtime.getRuntime().availableProcessors(), System.getProperty(COMMON_POOL_PARALLELISM))
                .ifPresent(parallelism -> System.setProperty(COMMON_POOL_PARALLELISM, parallelism));
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * With two cores or fewer the common pool has one worker, and {@code CompletableFuture} then runs
     * every async task on a new thread: {@code java.net.http}, CXF's SOAP transport, does so once per
     * upstream call (a JFR profile of cache misses showed a thread started per request). Two workers
     * at least, unless the parallelism is configured.
     */
    static Optional<String> commonPoolParallelism(int processors, String configured) {
        return configured == null && processors - 1 < 2 ? Optional.of("2") : Optional.empty();
    }
}
