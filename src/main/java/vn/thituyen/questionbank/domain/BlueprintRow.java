package vn.thituyen.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thituyen.questionbank.Difficulty;

/** Draw {@code count} questions from a topic (and its sub-topics; null: the whole bank) at a difficulty (null: any). */
@Entity
@Table(name = "blueprint_row")
public class BlueprintRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int idx;
    @Column(name = "topic_id")
    private Long topicId;
    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;
    @Column(name = "question_count", nullable = false)
    private int count;

    protected BlueprintRow() {
    }

    public BlueprintRow(int idx, Long topicId, Difficulty difficulty, int count) {
        this.idx = idx;
        this.topicId = topicId;
        this.difficulty = difficulty;
        this.count = count;
    }

    public int getIdx() { return idx; }
    public Long getTopicId() { return topicId; }
    public Difficulty getDifficulty() { return difficulty; }
    public int getCount() { return count; }
}
