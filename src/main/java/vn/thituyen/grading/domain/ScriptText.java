package vn.thituyen.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The answer to one question of a script typed on computer, as its markers read it: copied when the script was
 * anonymised, keyed by the script (its codes) only, with its SHA-256.
 */
@Entity
@Table(name = "script_text")
@IdClass(ScriptText.Key.class)
public class ScriptText {

    @Id
    @Column(name = "script_id")
    private Long scriptId;
    @Id
    @Column(name = "question_no")
    private int questionNo;
    @Column(nullable = false)
    private String body;
    @Column(nullable = false)
    private String sha256;

    protected ScriptText() {
    }

    public ScriptText(long scriptId, int questionNo, String body) {
        this.scriptId = scriptId;
        this.questionNo = questionNo;
        this.body = body;
        this.sha256 = sha256(body);
    }

    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getScriptId() { return scriptId; }
    public int getQuestionNo() { return questionNo; }
    public String getBody() { return body; }
    public String getSha256() { return sha256; }

    /** The composite key: script and question. */
    public static class Key implements Serializable {
        private Long scriptId;
        private int questionNo;

        public Key() {
        }

        public Key(Long scriptId, int questionNo) {
            this.scriptId = scriptId;
            this.questionNo = questionNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scriptId, k.scriptId) && questionNo == k.questionNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(scriptId, questionNo);
        }
    }
}
