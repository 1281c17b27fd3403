package vn.hanoi.gateway.routes.connector;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Request coalescing: concurrent misses for the same record share one fetch. The first caller (the
 * leader) fetches on its own thread; the others (followers) wait for the leader's outcome, its record
 * or its failure, each no longer than its own deadline. Once the leader is done the key is free again:
 * by then the record is in the cache, so later callers are answered from there.
 */
final class InFlightFetches<T> {

    private final String system;
    private final ConcurrentMap<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    InFlightFetches(String system) {
        this.system = system;
    }

    /** The outcome of {@code fetch} for {@code key}, fetched once however many callers ask at the same time. */
    T once(String key, Deadline deadline, Supplier<T> fetch, Runnable onFollow) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> leader = running.putIfAbsent(key, mine);
        if (leader == null) {
            return lead(key, mine, fetch);
        }
        onFollow.run();
        return follow(leader, deadline);
    }

    private T lead(String key, CompletableFuture<T> mine, Supplier<T> fetch) {
        try {
            T value = fetch.get();
            running.remove(key, mine);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error failure) {
            running.remove(key, mine);
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    private T follow(CompletableFuture<T> leader, Deadline deadline) {
        try {
            return leader.get(Math.max(1, deadline.remaining().toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            throw new UpstreamException(system, FailureKind.TIMEOUT, "no answer within the deadline (coalesced)");
        } catch (ExecutionException failed) {
            throw UpstreamException.rethrown(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(system, FailureKind.TIMEOUT, "interrupted while waiting (coalesced)");
        }
    }
}
