package vn.hanoi.gateway.access;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The clients' buckets in this instance's memory: the sandbox, and the fallback while Redis is down. */
final class LocalBuckets implements ClientBuckets {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public ConsumptionProbe tryConsume(String clientId, BucketConfiguration limit) {
        return buckets.computeIfAbsent(clientId, id -> {
            LocalBucketBuilder bucket = Bucket.builder();
            Arrays.stream(limit.getBandwidths()).forEach(bucket::addLimit);
            return bucket.build();
        }).tryConsumeAndReturnRemaining(1);
    }
}
