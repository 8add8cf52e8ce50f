package vn.thituyen.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One simulated candidate's exam client: the JSON API over real HTTP, as a candidate's computer would use it.
 * It remembers every answer message it sent (item, sequence number, choice) and which ones the server
 * acknowledged, so a test can check that nothing acknowledged was lost. One thread drives one client.
 */
final class ExamClient {

    static final ObjectMapper JSON = new ObjectMapper();

    record Item(long itemId, int options) {
    }

    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** What a client sees while a node dies: the load balancer has no live node for this request (yet). */
        boolean transient_() {
            return status == 502 || status == 503 || status == 504;
        }
    }

    /** The answer message the server acknowledged last for an item (the highest acknowledged sequence number). */
    record Ack(long seq, int choice) {
    }

    final String candidateNumber;
    final String oneTimePassword;
    final long attemptId;
    private final HttpClient http;
    private final String base;

    String token;
    int sessions;
    /** the running part as the server returned it when it started */
    int partNo;
    Instant deadline;
    Instant startSent;
    Instant startReceived;
    final Map<Integer, List<Item>> paper = new HashMap<>();
    /** every answer message sent: item → sequence number → display choice */
    final Map<Long, Map<Long, Integer>> sent = new HashMap<>();
    final Map<Long, Ack> acked = new HashMap<>();
    /** items whose last message got no reply: it may or may not have been saved */
    final Set<Long> uncertain = new HashSet<>();
    /** replies no client should ever see (anything but 2xx, a transport failure or a gateway error) */
    final List<String> unexpected = new ArrayList<>();
    long seq;
    volatile int acks;
    /** transport failures and gateway errors seen (each retried or given up) */
    int failures;

    ExamClient(HttpClient http, String base, String candidateNumber, String oneTimePassword, long attemptId) {
        this.http = http;
        this.base = base;
        this.candidateNumber = candidateNumber;
        this.oneTimePassword = oneTimePassword;
        this.attemptId = attemptId;
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3))
                .build();
    }

    /** One request; a transport failure (connection refused or reset, timeout) is thrown as IOException. */
    Reply call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (res.body() != null && !res.body().isBlank()
                && res.headers().firstValue("Content-Type").orElse("").contains("json")) {
            json = JSON.readTree(res.body());
        }
        return new Reply(res.statusCode(), json);
    }

    /**
     * A request repeated until it succeeds: transport failures and gateway errors (a node going down) are retried
     * after a short pause, anything else fails the test. Safe for every call of this API: sign-in opens another
     * session, starting a running part and submitting a submitted one change nothing, answers carry their seq.
     */
    Reply callSurely(String method, String path, String body, Duration patience) throws InterruptedException {
        long end = System.nanoTime() + patience.toNanos();
        while (true) {
            String problem;
            try {
                Reply r = call(method, path, body);
                if (r.ok()) {
                    return r;
                }
                if (!r.transient_()) {
                    throw new AssertionError(candidateNumber + ": " + method + " " + path + " → " + r.status() + " "
                            + r.body());
                }
                problem = "HTTP " + r.status();
            } catch (IOException e) {
                problem = e.toString();
            }
            failures++;
            if (System.nanoTime() > end) {
                throw new AssertionError(candidateNumber + ": " + method + " " + path + " failed for " + patience
                        + ", last: " + problem);
            }
            Thread.sleep(200);
        }
    }

    void signIn(Duration patience) throws InterruptedException {
        token = null;
        Reply r = callSurely("POST", "/api/exam/sessions", "{\"candidateNumber\":\"" + candidateNumber
                + "\",\"oneTimePassword\":\"" + oneTimePassword + "\"}", patience);
        token = r.body().get("token").asText();
        sessions++;
    }

    /** Starts the next part and remembers its paper and the deadline the server fixed. */
    void startNextPart(Duration patience) throws InterruptedException {
        startSent = Instant.now();
        Reply r = callSurely("POST", "/api/exam/parts/next", "", patience);
        startReceived = Instant.now();
        JsonNode current = r.body().get("current");
        partNo = current.get("partNo").asInt();
        deadline = Instant.parse(current.get("deadline").asText());
        List<Item> items = new ArrayList<>();
        for (JsonNode it : current.get("items")) {
            items.add(new Item(it.get("itemId").asLong(), it.get("options").size()));
        }
        paper.put(partNo, items);
    }

    List<Item> items() {
        return paper.get(partNo);
    }

    /** Sends one answer message once; true when the server acknowledged it. */
    boolean answerOnce(long itemId, int choice) throws InterruptedException {
        long s = ++seq;
        record(itemId, s, choice);
        try {
            Reply r = call("PUT", "/api/exam/items/" + itemId + "/answer", body(choice, s));
            if (r.ok()) {
                acknowledged(itemId, s, choice, r);
                return true;
            }
            if (!r.transient_()) {
                unexpected.add("PUT item " + itemId + " seq " + s + " → " + r.status() + " " + r.body());
            }
        } catch (IOException e) {
            // no reply: saved or not, the client cannot know
        }
        failures++;
        uncertain.add(itemId);
        return false;
    }

    /** Sends one answer message, repeating the same message (same seq) until it is acknowledged. */
    void answerSurely(long itemId, int choice, Duration patience) throws InterruptedException {
        long s = ++seq;
        record(itemId, s, choice);
        uncertain.add(itemId);
        Reply r = callSurely("PUT", "/api/exam/items/" + itemId + "/answer", body(choice, s), patience);
        acknowledged(itemId, s, choice, r);
    }

    private static String body(int choice, long seq) {
        return "{\"choice\":" + choice + ",\"seq\":" + seq + "}";
    }

    private void record(long itemId, long s, int choice) {
        sent.computeIfAbsent(itemId, k -> new HashMap<>()).put(s, choice);
    }

    private void acknowledged(long itemId, long s, int choice, Reply r) {
        if (r.body() == null || r.body().get("itemId").asLong() != itemId || r.body().get("savedAt").isNull()) {
            unexpected.add("receipt for item " + itemId + ": " + r.body());
        }
        acks++;
        Ack previous = acked.get(itemId);
        if (previous == null || previous.seq() < s) {
            acked.put(itemId, new Ack(s, choice));
        }
        uncertain.remove(itemId);
    }

    JsonNode screen(Duration patience) throws InterruptedException {
        return callSurely("GET", "/api/exam/screen", null, patience).body();
    }

    JsonNode submit(Duration patience) throws InterruptedException {
        return callSurely("POST", "/api/exam/parts/current/submit", "", patience).body();
    }
}
