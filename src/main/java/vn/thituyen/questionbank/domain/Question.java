package vn.thituyen.questionbank.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.List;

/** A single-answer multiple-choice question (câu hỏi trắc nghiệm). */
@Entity
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bank_id", nullable = false)
    private Long bankId;
    private int seq;
    @Column(nullable = false, length = 4000)
    private String stem;
    /** the text was removed from the server after the sealed export (TT 6/2020 Art. 20); never drawn again */
    private boolean purged;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("idx")
    private List<QuestionOption> options = new ArrayList<>();

    protected Question() {
    }

    public Question(long bankId, int seq, String stem, List<String> optionTexts, int correctIndex) {
        this.bankId = bankId;
        this.seq = seq;
        this.stem = stem;
        for (int i = 0; i < optionTexts.size(); i++) {
            options.add(new QuestionOption(i, optionTexts.get(i), i == correctIndex));
        }
    }

    public Long getId() { return id; }
    public Long getBankId() { return bankId; }
    public int getSeq() { return seq; }
    public String getStem() { return stem; }
    public List<QuestionOption> getOptions() { return options; }

    public boolean isPurged() { return purged; }

    /** Removes the question's text from the server; the sealed archive keeps it. The key stays for re-scoring. */
    public void purge(String placeholder) {
        purged = true;
        stem = placeholder;
        options.forEach(o -> o.blank());
    }

    public int correctIndex() {
        return options.stream().filter(QuestionOption::isCorrect).mapToInt(QuestionOption::getIdx).findFirst()
                .orElseThrow();
    }
}
