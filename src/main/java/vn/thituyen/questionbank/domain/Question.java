package vn.thituyen.questionbank.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionContent;
import vn.thituyen.questionbank.QuestionStatus;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;

/**
 * One version of a question (câu hỏi). Versions of the same question share a {@code familyId}; a paper points at
 * the version it drew, so once a version is {@code used} its content never changes again (an edit makes a new
 * version). The one exception is a key correction approved by the chair, which is recorded on its own.
 */
@Entity
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bank_id", nullable = false)
    private Long bankId;
    private int seq;
    @Column(name = "family_id")
    private Long familyId;
    private int version = 1;
    @Enumerated(EnumType.STRING)
    private QuestionStatus status = QuestionStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    @Column(name = "qtype")
    private QuestionType type = QuestionType.SINGLE;
    @Enumerated(EnumType.STRING)
    @Column(name = "text_format")
    private TextFormat format = TextFormat.PLAIN;
    @Column(name = "topic_id")
    private Long topicId;
    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;
    @Column(name = "source_ref")
    private String sourceRef;
    private String tags;
    @Column(name = "external_id")
    private String externalId;
    @Column(nullable = false)
    private String stem;
    /** the text was removed from the server after the sealed export (TT 6/2020 Art. 20); never drawn again */
    private boolean purged;
    private boolean used;
    @Column(name = "edited_by")
    private String editedBy;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("idx")
    private List<QuestionOption> options = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY, orphanRemoval = true)
    @JoinColumn(name = "question_id", nullable = false)
    @OrderBy("name")
    private List<QuestionMedia> media = new ArrayList<>();

    protected Question() {
    }

    /** A plain single-answer question (kept for callers that only have text). */
    public Question(long bankId, int seq, String stem, List<String> optionTexts, int correctIndex) {
        this.bankId = bankId;
        this.seq = seq;
        this.stem = stem;
        for (int i = 0; i < optionTexts.size(); i++) {
            options.add(new QuestionOption(i, optionTexts.get(i), i == correctIndex));
        }
    }

    public Question(long bankId, int seq, QuestionContent content, String actor, Instant at) {
        this.bankId = bankId;
        this.seq = seq;
        apply(content, actor, at);
    }

    /** The next version of this question, DRAFT, with new content; the caller gives it the next seq/version. */
    public Question nextVersion(int nextVersion, QuestionContent content, String actor, Instant at) {
        Question q = new Question();
        q.bankId = bankId;
        q.seq = seq;
        q.familyId = familyId;
        q.version = nextVersion;
        q.apply(content, actor, at);
        return q;
    }

    /** Replaces the content of a version no paper has drawn; it goes back to DRAFT to be reviewed again. */
    public void edit(QuestionContent content, String actor, Instant at) {
        if (used) {
            throw new IllegalStateException("a used version is never edited");
        }
        apply(content, actor, at);
        status = QuestionStatus.DRAFT;
        reviewedBy = null;
        approvedBy = null;
    }

    private void apply(QuestionContent c, String actor, Instant at) {
        type = c.type();
        format = c.format();
        stem = c.stem();
        topicId = c.topicId();
        difficulty = c.difficulty();
        sourceRef = c.source();
        tags = c.tags().isEmpty() ? null : String.join("; ", c.tags());
        externalId = c.externalId();
        options.clear();
        for (int i = 0; i < c.options().size(); i++) {
            options.add(new QuestionOption(i, c.options().get(i), c.correct().contains(i)));
        }
        media.clear();
        for (QuestionContent.File f : c.media()) {
            media.add(new QuestionMedia(f.name(), f.mimeType(), f.data()));
        }
        editedBy = actor;
        editedAt = at;
    }

    /** Called once the row has an id: the first version starts its family. */
    public void startFamily() {
        if (familyId == null) {
            familyId = id;
        }
    }

    public QuestionContent content() {
        List<String> texts = options.stream().map(QuestionOption::getText).toList();
        return new QuestionContent(type, format, stem, texts, correctSet(), topicId, difficulty, sourceRef,
                tagList(), externalId,
                media.stream().map(m -> new QuestionContent.File(m.getName(), m.getMimeType(), m.getData())).toList());
    }

    public List<String> tagList() {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(tags.split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    public void markReviewed(String actor) {
        status = QuestionStatus.REVIEWED;
        reviewedBy = actor;
    }

    public void markApproved(String actor) {
        status = QuestionStatus.APPROVED;
        approvedBy = actor;
    }

    /** Imported by the chair from a bank approved elsewhere: reviewed and approved in one recorded step. */
    public void approveOnImport(String actor) {
        status = QuestionStatus.APPROVED;
        reviewedBy = actor;
        approvedBy = actor;
    }

    public void returnToDraft() {
        status = QuestionStatus.DRAFT;
        reviewedBy = null;
    }

    public void retire() {
        status = QuestionStatus.RETIRED;
    }

    public void supersede() {
        status = QuestionStatus.SUPERSEDED;
    }

    /** A key correction approved by the chair: the options marked correct become {@code newKey}. */
    public void correctKey(Set<Integer> newKey) {
        options.forEach(o -> o.setCorrect(newKey.contains(o.getIdx())));
    }

    public Long getId() { return id; }
    public Long getBankId() { return bankId; }
    public int getSeq() { return seq; }
    public Long getFamilyId() { return familyId; }
    public int getVersion() { return version; }
    public QuestionStatus getStatus() { return status; }
    public QuestionType getType() { return type; }
    public TextFormat getFormat() { return format; }
    public Long getTopicId() { return topicId; }
    public Difficulty getDifficulty() { return difficulty; }
    public String getSourceRef() { return sourceRef; }
    public String getExternalId() { return externalId; }
    public String getStem() { return stem; }
    public List<QuestionOption> getOptions() { return options; }
    public List<QuestionMedia> getMedia() { return media; }
    public boolean isUsed() { return used; }
    public String getEditedBy() { return editedBy; }
    public Instant getEditedAt() { return editedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getApprovedBy() { return approvedBy; }

    public boolean isPurged() { return purged; }

    /** Removes the question's text from the server; the sealed archive keeps it. The key stays for re-scoring. */
    public void purge(String placeholder) {
        purged = true;
        stem = placeholder;
        options.forEach(o -> o.blank());
        media.clear();
    }

    public Set<Integer> correctSet() {
        Set<Integer> out = new LinkedHashSet<>();
        options.stream().filter(QuestionOption::isCorrect).forEach(o -> out.add(o.getIdx()));
        return out;
    }

    public int correctIndex() {
        return options.stream().filter(QuestionOption::isCorrect).mapToInt(QuestionOption::getIdx).findFirst()
                .orElseThrow();
    }
}
