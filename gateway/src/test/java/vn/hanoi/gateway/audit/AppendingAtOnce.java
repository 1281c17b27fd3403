package vn.hanoi.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writers appending to the audit trail at the same time, through one or several instances. */
final class AppendingAtOnce {

    private AppendingAtOnce() {
    }

    /** {@code writers} threads, spread over the instances, each appending {@code appendsEach} records. */
    static void run(List<AuditLog> instances, int writers, int appendsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                AuditLog log = instances.get(writer % instances.size());
                done.add(pool.submit(() -> {
                    for (int i = 0; i < appendsEach; i++) {
                        log.append(List.of(entry()));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static AuditEntry entry() {
        return new AuditEntry(Instant.now(), "concurrent-writer", "can-bo-1", "D-1", "population",
                "GET /api/v1/citizens/{personalId}", "ab".repeat(32), "FOUND", "at-once-" + System.nanoTime());
    }
}
