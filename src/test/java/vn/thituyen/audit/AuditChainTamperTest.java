package vn.thituyen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.identity.Role;

/**
 * The audit chain against someone who can write to the database but does not hold the audit key (security review,
 * finding 5): each way of rewriting the log, done with plain SQL on the real database, is found by the check; the
 * log is then put back exactly as it was. Before the chain was keyed, an edit with the hashes recomputed and the
 * newest row deleted verified as intact.
 */
@ApplicationTest
class AuditChainTamperTest {

    /** Audited events of this test. */
    record Probe(int n, String actor) {
    }

    /** What an intruder does to the last entries of the log. */
    enum Tamper {
        /** change a past entry's details */
        EDIT,
        /** change a past entry and recompute every hash after it with plain SHA-256, as the old chain allowed */
        EDIT_AND_REHASH,
        /** the case: edit, re-hash everything after it, delete the newest entry, fix the head's hash */
        EDIT_REHASH_AND_DELETE_NEWEST,
        /** delete the newest entry, leaving a shorter, perfectly linked chain */
        DELETE_NEWEST,
        /** delete the newest entry and set the head back to the one before it */
        DELETE_NEWEST_AND_HEAD,
        /** delete an entry in the middle */
        DELETE_MIDDLE,
        /** swap two entries */
        REORDER,
        /** add an entry after the last one, correctly linked and hashed with SHA-256 */
        INSERT_AFTER_HEAD,
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;
    @Autowired AuditVerifier verifier;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Scenario s;
    @LocalServerPort int port;

    private long firstOfTest;
    private List<Map<String, Object>> savedRows;
    private Map<String, Object> savedHead;

    @BeforeEach
    void appendSomeAndKeepACopy() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int i = 0; i < 5; i++) {
            int n = i;
            tx.executeWithoutResult(t -> events.publishEvent(new Probe(n, "tamper-test")));
        }
        firstOfTest = jdbc.queryForObject("select max(id) from audit_entry", Long.class) - 4;
        savedRows = jdbc.queryForList("select * from audit_entry where id >= ? order by id", firstOfTest);
        savedHead = jdbc.queryForMap("select * from audit_chain_head where id = 1");
        assertThat(check().intact()).as("the chain before the test: %s", check()).isTrue();
    }

    @AfterEach
    void putTheLogBack() {
        jdbc.update("delete from audit_entry where id >= ?", firstOfTest);
        for (Map<String, Object> r : savedRows) {
            jdbc.update("insert into audit_entry (id, occurred_at, actor, action, subject, details, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", r.get("id"), r.get("occurred_at"), r.get("actor"),
                    r.get("action"), r.get("subject"), r.get("details"), r.get("prev_hash"), r.get("hash"));
        }
        jdbc.update("update audit_chain_head set last_hash = ?, entry_count = ?, keyed_from_id = ?, head_mac = ?"
                + " where id = 1", savedHead.get("last_hash"), savedHead.get("entry_count"),
                savedHead.get("keyed_from_id"), savedHead.get("head_mac"));
        assertThat(check().intact()).as("the chain put back: %s", check()).isTrue();
        assertThat(verifier.alarmRaised()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Tamper.class)
    void everyRewriteIsFound(Tamper tamper) {
        long a = firstOfTest;
        long last = a + 4;
        switch (tamper) {
            case EDIT -> jdbc.update("update audit_entry set details = 'n=99; ' where id = ?", a + 1);
            case EDIT_AND_REHASH -> rewriteFrom(a + 1, last);
            case EDIT_REHASH_AND_DELETE_NEWEST -> {
                jdbc.update("delete from audit_entry where id = ?", last);
                String newLast = rewriteFrom(a + 1, last - 1);
                jdbc.update("update audit_chain_head set last_hash = ?, entry_count = entry_count - 1 where id = 1",
                        newLast);
            }
            case DELETE_NEWEST -> jdbc.update("delete from audit_entry where id = ?", last);
            case DELETE_NEWEST_AND_HEAD -> {
                String previous = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class,
                        last - 1);
                jdbc.update("delete from audit_entry where id = ?", last);
                jdbc.update("update audit_chain_head set last_hash = ?, entry_count = entry_count - 1 where id = 1",
                        previous);
            }
            case DELETE_MIDDLE -> jdbc.update("delete from audit_entry where id = ?", a + 2);
            case REORDER -> {
                Map<String, Object> x = jdbc.queryForMap("select * from audit_entry where id = ?", a + 1);
                Map<String, Object> y = jdbc.queryForMap("select * from audit_entry where id = ?", a + 2);
                copy(y, a + 1);
                copy(x, a + 2);
            }
            case INSERT_AFTER_HEAD -> {
                String head = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, last);
                Timestamp at = Timestamp.valueOf("2026-12-01 10:00:00");
                String hash = sha256(head + "|" + at.toInstant().toEpochMilli() + "|intruder|Probe|n=7|n=7;");
                jdbc.update("insert into audit_entry (id, occurred_at, actor, action, subject, details, prev_hash,"
                        + " hash) values (?, ?, 'intruder', 'Probe', 'n=7', 'n=7;', ?, ?)", last + 1, at, head, hash);
            }
        }
        AuditVerifier.ChainCheck found = check();
        assertThat(found.intact()).as("%s: %s", tamper, found).isFalse();
        assertThat(verifier.alarmRaised()).isTrue();
    }

    @Test
    void aCheckpointHoldsUntilTheLogIsRewrittenAndItsTextCannotBeForged() {
        AuditLog.Checkpoint cp = s.as("system", Role.ADMIN, audit::checkpoint);
        assertThat(verifyCheckpoint(cp.text()).verdict()).isEqualTo(AuditLog.CheckpointCheck.Verdict.MATCH);
        // printed documents wrap lines: the text is found again whatever the white space
        assertThat(verifyCheckpoint("Điểm neo nhật ký kiểm toán: " + cp.text().replace(" key=", "\n key="))
                .verdict()).isEqualTo(AuditLog.CheckpointCheck.Verdict.MATCH);
        String forged = cp.text().replace("entries=" + cp.entries(), "entries=" + (cp.entries() - 1));
        assertThat(verifyCheckpoint(forged).verdict()).isEqualTo(AuditLog.CheckpointCheck.Verdict.FORGED);
        assertThat(verifyCheckpoint("no checkpoint here").verdict())
                .isEqualTo(AuditLog.CheckpointCheck.Verdict.UNREADABLE);

        // someone rewrites the newest entries (hashes recomputed): the outside copy no longer matches
        rewriteFrom(firstOfTest + 1, firstOfTest + 4);
        assertThat(verifyCheckpoint(cp.text()).verdict()).isEqualTo(AuditLog.CheckpointCheck.Verdict.MISMATCH);
    }

    @Test
    void aBrokenChainTurnsTheHealthDownButNotReadiness() throws Exception {
        jdbc.update("update audit_entry set actor = 'someone else' where id = ?", firstOfTest + 2);
        assertThat(check().intact()).isFalse();
        assertThat(status("/actuator/health")).isEqualTo(503);
        assertThat(status("/actuator/health/readiness")).as("exams keep running").isEqualTo(200);
        assertThat(status("/actuator/health/liveness")).isEqualTo(200);
    }

    private AuditLog.CheckpointCheck verifyCheckpoint(String text) {
        return s.as("system", Role.CHAIR, () -> audit.verifyCheckpoint(text));
    }

    private AuditVerifier.ChainCheck check() {
        verifier.forgetSeen();   // what this node saw may include entries of the test's own rewrite
        return s.as("system", Role.ADMIN, audit::verifyChain);
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Edits entry {@code from} and recomputes it and every entry up to {@code to} with plain SHA-256. */
    private String rewriteFrom(long from, long to) {
        jdbc.update("update audit_entry set details = 'n=42; ' where id = ?", from);
        String prev = jdbc.queryForObject("select hash from audit_entry where id = ?", String.class, from - 1);
        for (long id = from; id <= to; id++) {
            Map<String, Object> r = jdbc.queryForMap("select * from audit_entry where id = ?", id);
            long millis = utcMillis(r.get("occurred_at"));
            String hash = sha256(prev + "|" + millis + "|" + r.get("actor") + "|" + r.get("action") + "|"
                    + r.get("subject") + "|" + r.get("details"));
            jdbc.update("update audit_entry set prev_hash = ?, hash = ? where id = ?", prev, hash, id);
            prev = hash;
        }
        return prev;
    }

    /** A DATETIME read back over JDBC (Timestamp or LocalDateTime, by driver), stored in UTC by the application. */
    private static long utcMillis(Object datetime) {
        java.time.LocalDateTime local = datetime instanceof Timestamp t ? t.toLocalDateTime()
                : (java.time.LocalDateTime) datetime;
        return local.toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }

    private void copy(Map<String, Object> from, long toId) {
        jdbc.update("update audit_entry set occurred_at = ?, actor = ?, action = ?, subject = ?, details = ?,"
                + " prev_hash = ?, hash = ? where id = ?", from.get("occurred_at"), from.get("actor"),
                from.get("action"), from.get("subject"), from.get("details"), from.get("prev_hash"), from.get("hash"),
                toId);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
