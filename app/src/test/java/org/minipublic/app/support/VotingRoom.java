package org.minipublic.app.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A room of members voting through HTTP at the same moment: each opens the voting page with their code, reads the
 * ballot, checks their answers, and then all cast together. Used by the concurrency test and the voting benchmark.
 */
public final class VotingRoom {

    /**
     * What one member's cast came to: the HTTP status, whether the page said the vote was cast, how long it took, and
     * the receipt the page showed ("" for none).
     */
    public record Cast(
            int status, boolean counted, boolean refusedAsUsed, long startedAt, long nanos, String receipt) {}

    private static final Pattern RECEIPT = Pattern.compile("class=\"digest receipt\">([0-9a-f]+)<");

    private VotingRoom() {}

    /**
     * Has each code vote with its answers (from {@code answersOf}, by the code's index), all casting at once.
     *
     * @return each member's cast, in code order
     */
    public static List<Cast> vote(int port, List<String> codes, IntFunction<List<Integer>> answersOf) throws Exception {
        return vote(port, codes, answersOf, 0);
    }

    /**
     * As {@link #vote(int, List, IntFunction)}, but the members cast one after another over {@code spreadMillis}
     * (evenly, in a shuffled order), as a room does when the facilitator says "you may vote now"; 0 casts all at once.
     */
    public static List<Cast> vote(int port, List<String> codes, IntFunction<List<Integer>> answersOf, long spreadMillis)
            throws Exception {
        return vote(port, codes, answersOf, spreadMillis, () -> {});
    }

    /**
     * As {@link #vote(int, List, IntFunction, long)}, calling {@code atGo} once every member has reached their
     * answers' check, just before they are told to cast.
     */
    public static List<Cast> vote(
            int port, List<String> codes, IntFunction<List<Integer>> answersOf, long spreadMillis, Runnable atGo)
            throws Exception {
        int people = codes.size();
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            var ready = new CountDownLatch(people);
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<Cast>>();
            for (int i = 0; i < people; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    var client = new WebClient(port);
                    client.get("/vote");
                    client.post("/vote", Map.of("code", codes.get(index)));
                    var fields = new HashMap<String, String>();
                    fields.put("code", codes.get(index));
                    var answers = answersOf.apply(index);
                    for (int item = 0; item < answers.size(); item++) {
                        fields.put("a" + item, String.valueOf(answers.get(item)));
                    }
                    client.post("/vote/review", fields);
                    // Sent as a phone sends it, so that the clients' own processor time stays small (SocketPost).
                    var cast = client.prepare(
                            "/vote/cast", Map.of("code", codes.get(index), "answers", canonical(answers)));
                    ready.countDown();
                    go.await();
                    if (spreadMillis > 0) {
                        Thread.sleep(spreadMillis * ((index * 7919L) % people) / people);
                    }
                    long start = System.nanoTime();
                    var answer = cast.send();
                    long took = System.nanoTime() - start;
                    String body = answer.body();
                    return new Cast(
                            answer.status(),
                            body.contains("class=\"digest receipt\""),
                            body.contains("voting.code.used") || body.contains("already been used"),
                            start,
                            took,
                            receipt(body));
                }));
            }
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("members did not reach the ballot in time");
            }
            atGo.run();
            go.countDown();
            var casts = new ArrayList<Cast>(people);
            for (var future : futures) {
                casts.add(future.get(120, TimeUnit.SECONDS));
            }
            return Collections.unmodifiableList(casts);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The 95th percentile of the casts' times, in milliseconds. */
    public static double p95Millis(List<Cast> casts) {
        var sorted = casts.stream().mapToLong(Cast::nanos).sorted().toArray();
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6;
    }

    /** Casts per second, from the first cast sent to the last answered. */
    public static double throughput(List<Cast> casts) {
        long first = casts.stream().mapToLong(Cast::startedAt).min().orElse(0);
        long last =
                casts.stream().mapToLong(c -> c.startedAt() + c.nanos()).max().orElse(1);
        return casts.size() / ((last - first) / 1e9);
    }

    private static String receipt(String page) {
        var found = RECEIPT.matcher(page);
        return found.find() ? found.group(1) : "";
    }

    private static String canonical(List<Integer> answers) {
        var text = new StringBuilder();
        for (int i = 0; i < answers.size(); i++) {
            text.append(i == 0 ? "" : ",").append(answers.get(i));
        }
        return text.toString();
    }
}
