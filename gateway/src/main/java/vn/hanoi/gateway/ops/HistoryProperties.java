package vn.hanoi.gateway.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gateway.ops.history.*}: how often each connector's latency and error rate are sampled for the ops page's
 * sparklines, and how many samples are kept (in memory, per instance).
 */
@ConfigurationProperties("gateway.ops.history")
record HistoryProperties(Duration interval, int samples) {
}
