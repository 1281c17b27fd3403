package vn.hanoi.gateway.prefill;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The bounded pool prefill asks its sources on: {@code gateway.prefill.threads} daemon threads and at most
 * {@code queue-capacity} asks waiting. A full pool refuses at once ({@link RejectedExecutionException}) rather than
 * make a prefill wait past its deadline. Each ask runs with the request's logging context (correlation id).
 */
@Component
class PrefillWorkers implements DisposableBean {

    private final ThreadPoolExecutor pool;

    PrefillWorkers(PrefillSettings settings) {
        AtomicInteger count = new AtomicInteger();
        BlockingQueue<Runnable> queue = settings.queueCapacity() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.queueCapacity());
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 60, TimeUnit.SECONDS, queue,
                task -> {
                    Thread thread = new Thread(task, "prefill-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    <T> Future<T> submit(Callable<T> task) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return pool.submit(() -> {
            MDC.setContextMap(context == null ? Map.of() : context);
            try {
                return task.call();
            } finally {
                MDC.clear();
            }
        });
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
