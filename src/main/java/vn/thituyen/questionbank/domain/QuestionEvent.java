package vn.thituyen.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a question, append-only: who did what to which version, when. */
@Entity
@Table(name = "question_event")
public class QuestionEvent {

    public enum Action { CREATED, IMPORTED, EDITED, NEW_VERSION, REVIEWED, RETURNED, APPROVED, RETIRED, SUPERSEDED,
        KEY_CORRECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    @Column(name = "family_id", nullable = false)
    private Long familyId;
    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    @Column(nullable = false)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String detail;

    protected QuestionEvent() {
    }

    public QuestionEvent(Question q, Action action, String actor, Instant at, String detail) {
        this.questionId = q.getId();
        this.familyId = q.getFamilyId();
        this.action = action;
        this.actor = actor;
        this.occurredAt = at;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Long getId() { return id; }
    public Long getQuestionId() { return questionId; }
    public Long getFamilyId() { return familyId; }
    public Action getAction() { return action; }
    public String getActor() { return actor; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getDetail() { return detail; }
}
