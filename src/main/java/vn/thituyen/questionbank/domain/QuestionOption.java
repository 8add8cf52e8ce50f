package vn.thituyen.questionbank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int idx;
    @Column(name = "option_text", nullable = false)
    private String text;
    private boolean correct;

    protected QuestionOption() {
    }

    QuestionOption(int idx, String text, boolean correct) {
        this.idx = idx;
        this.text = text;
        this.correct = correct;
    }

    void setCorrect(boolean correct) {
        this.correct = correct;
    }

    void blank() {
        text = "";
    }

    public int getIdx() { return idx; }
    public String getText() { return text; }
    public boolean isCorrect() { return correct; }
}
