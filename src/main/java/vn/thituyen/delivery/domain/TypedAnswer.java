package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One accepted save of a typed answer: never changed; the latest row of a question is its answer. */
@Entity
@Table(name = "typed_answer")
public class TypedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "script_id", nullable = false)
    private Long scriptId;
    @Column(name = "question_no", nullable = false)
    private int questionNo;
    @Column(nullable = false)
    private String body;
    @Column(name = "client_seq")
    private Long clientSeq;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected TypedAnswer() {
    }

    public TypedAnswer(long scriptId, int questionNo, String body, Long clientSeq, Instant savedAt) {
        this.scriptId = scriptId;
        this.questionNo = questionNo;
        this.body = body;
        this.clientSeq = clientSeq;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public Long getScriptId() { return scriptId; }
    public int getQuestionNo() { return questionNo; }
    public String getBody() { return body; }
    public Long getClientSeq() { return clientSeq; }
    public Instant getSavedAt() { return savedAt; }
}
