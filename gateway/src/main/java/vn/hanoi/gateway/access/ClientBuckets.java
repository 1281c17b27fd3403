package vn.hanoi.gateway.access;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where each client's token bucket (Bucket4j) lives: this instance's memory, or Redis that every instance shares. */
interface ClientBuckets {

    /** Takes one token from the client's bucket, made from {@code limit} on first use. */
    ConsumptionProbe tryConsume(String clientId, BucketConfiguration limit);
}
