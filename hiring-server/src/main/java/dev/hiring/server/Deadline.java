package dev.hiring.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the computing part of a request (lint, decide, impact) on a bounded pool with a time limit: past the limit, or
 * when the pool and its queue are full, the request is answered 503 instead of piling up.
 */
final class Deadline implements AutoCloseable {
    private final Duration limit;
    private final ThreadPoolExecutor pool;

    Deadline(Duration limit) {
        this.limit = limit;
        int n = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            Thread t = new Thread(r, "hiring-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The task's value, computed within the time limit. */
    <T> T run(Callable<T> task) {
        Future<T> f;
        try {
            f = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new Problem(Problem.Type.UNAVAILABLE, "the server is at capacity; retry shortly");
        }
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Problem(
                    Problem.Type.UNAVAILABLE,
                    "the request took longer than " + limit.toMillis() + " ms and was stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new Problem(Problem.Type.UNAVAILABLE, "the server is shutting down");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
