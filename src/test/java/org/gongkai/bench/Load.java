package org.gongkai.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * A load generator for the HTTP benchmark (issue 17), in two models. Open: requests are sent at a fixed arrival
 * rate, each at its scheduled time whatever the answers before it did, and its latency counts from that scheduled
 * time (wrk2's correction of coordinated omission: a server that stalls is charged for every request it delayed).
 * Closed: N clients, each sending its next request when its last was answered (wrk's model). An answer other than
 * 2xx/3xx, or none within the timeout, is an error; 503s (load shed) are counted apart.
 */
final class Load {
    /** One request of a scenario: returns the HTTP status of its last answer (a submission is two requests). */
    interface Scenario extends Function<HttpClient, Future<Integer>> {}

    record Result(String name, String model, double seconds, long sent, long ok, long shed, long errors, long[] micros, long[] shedMicros) {
        double rate() { return ok / seconds; }

        double pct(double p) {
            if (micros.length == 0) return Double.NaN;
            return micros[Math.min(micros.length - 1, (int) Math.ceil(p / 100.0 * micros.length) - 1)] / 1000.0;
        }

        String line() {
            String shedP99 = shedMicros.length == 0 ? "–" : String.format("%.1f", shedMicros[Math.min(shedMicros.length - 1, (int) Math.ceil(0.99 * shedMicros.length) - 1)] / 1000.0);
            return String.format("| %s | %s | %,.0f | %.1f | %.1f | %.1f | %d (p99 %s ms) | %d |", name, model, rate(), pct(50), pct(99), pct(99.9), shed, shedP99, errors);
        }
    }

    static final String HEADER = "| endpoint | model | achieved rps | p50 ms | p99 ms | p99.9 ms | 503 shed (answered within) | errors |\n|---|---|---|---|---|---|---|---|";

    private final Vertx vertx = Vertx.vertx();
    private final int timeoutMs;

    Load(int timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    HttpClient client(String host, int port, int connections) {
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(host).setDefaultPort(port).setKeepAlive(true)
                .setIdleTimeout(timeoutMs / 1000 + 1), new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** A GET whose body is read in full. */
    static Scenario get(String uri) {
        return c -> c.request(io.vertx.core.http.HttpMethod.GET, uri).compose(r -> r.send()).compose(resp -> resp.body().map(b -> resp.statusCode()));
    }

    private static final class Recorder {
        final long[] micros;
        final long[] shedMicros = new long[1_000_000];
        final AtomicInteger n = new AtomicInteger();
        final AtomicInteger ns = new AtomicInteger();
        final AtomicLong ok = new AtomicLong(), shed = new AtomicLong(), errors = new AtomicLong();

        Recorder(int capacity) {
            micros = new long[capacity];
        }

        void record(long startNanos, Integer status, Throwable err) {
            long us = (System.nanoTime() - startNanos) / 1000;
            if (err != null || status == null) { errors.incrementAndGet(); return; }
            if (status == 503) {
                shed.incrementAndGet();
                int i = ns.getAndIncrement();
                if (i < shedMicros.length) shedMicros[i] = us;
                return;
            }
            if (status >= 400) { errors.incrementAndGet(); return; }
            ok.incrementAndGet();
            int i = n.getAndIncrement();
            if (i < micros.length) micros[i] = us;
        }

        long[] shedSorted() {
            long[] out = Arrays.copyOf(shedMicros, Math.min(ns.get(), shedMicros.length));
            Arrays.sort(out);
            return out;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(micros, Math.min(n.get(), micros.length));
            Arrays.sort(out);
            return out;
        }
    }

    /** Seconds at the start of an open-model run that are sent but not recorded (as wrk2 calibrates for its first 10 s). */
    static final int CALIBRATION_SECONDS = 3;

    /**
     * Sends {@code rate} requests a second for {@code seconds} (after {@link #CALIBRATION_SECONDS} not recorded: the
     * generator's own JIT and connections warm up), over at most {@code connections} connections.
     */
    Result open(String name, String host, int port, Scenario s, int rate, int seconds, int connections) throws Exception {
        HttpClient c = client(host, port, connections);
        long calibration = (long) rate * CALIBRATION_SECONDS;
        long total = (long) rate * (seconds + CALIBRATION_SECONDS);
        Recorder rec = new Recorder((int) Math.min(total, 20_000_000));
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicLong sentCount = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        long t0 = System.nanoTime();
        double interval = 1e9 / rate;
        vertx.runOnContext(v -> vertx.setPeriodic(1, id -> {
            long now = System.nanoTime();
            long due = Math.min(total, (long) ((now - t0) / interval) + 1);
            while (sentCount.get() < due) {
                long i = sentCount.getAndIncrement();
                long scheduled = t0 + (long) (i * interval);
                s.apply(c).timeout(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS).onComplete(ar -> {
                    if (i >= calibration) rec.record(scheduled, ar.succeeded() ? ar.result() : null, ar.cause());
                    if (answered.incrementAndGet() == total) done.complete(null);
                });
            }
            if (sentCount.get() >= total) vertx.cancelTimer(id);
        }));
        done.get(seconds + CALIBRATION_SECONDS + timeoutMs / 1000 + 30, java.util.concurrent.TimeUnit.SECONDS);
        double took = (System.nanoTime() - t0) / 1e9 - CALIBRATION_SECONDS;
        c.close();
        return new Result(name, "open " + rate + "/s", Math.max(seconds, took), total - calibration, rec.ok.get(), rec.shed.get(), rec.errors.get(), rec.sorted(), rec.shedSorted());
    }

    /** {@code clients} clients, each sending its next request when its last was answered, for {@code seconds}. */
    Result closed(String name, String host, int port, Scenario s, int clients, int seconds) throws Exception {
        HttpClient c = client(host, port, clients);
        Recorder rec = new Recorder(20_000_000);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sent = new AtomicLong();
        AtomicInteger running = new AtomicInteger(clients);
        CompletableFuture<Void> done = new CompletableFuture<>();
        long t0 = System.nanoTime();
        for (int k = 0; k < clients; k++) vertx.runOnContext(v -> loop(c, s, rec, end, sent, running, done));
        done.get(seconds + timeoutMs / 1000 + 30, java.util.concurrent.TimeUnit.SECONDS);
        double took = (System.nanoTime() - t0) / 1e9;
        c.close();
        return new Result(name, "closed " + clients + " conn", took, sent.get(), rec.ok.get(), rec.shed.get(), rec.errors.get(), rec.sorted(), rec.shedSorted());
    }

    private void loop(HttpClient c, Scenario s, Recorder rec, long end, AtomicLong sent, AtomicInteger running, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            if (running.decrementAndGet() == 0) done.complete(null);
            return;
        }
        long start = System.nanoTime();
        sent.incrementAndGet();
        s.apply(c).timeout(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS).onComplete(ar -> {
            rec.record(start, ar.succeeded() ? ar.result() : null, ar.cause());
            loop(c, s, rec, end, sent, running, done);
        });
    }

    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
}
