package vn.thituyen.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;

/** Question {@code seq} of a candidate's paper, with the order its options are shown in. */
@Entity
@Table(name = "paper_item")
public class PaperItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempt_part_id", nullable = false)
    private Long attemptPartId;
    private int seq;
    @Column(name = "question_id", nullable = false)
    private Long questionId;
    /** comma-separated original option indexes, in display order */
    @Column(name = "option_order", nullable = false)
    private String optionOrder;
    /** the candidate's own "review later" marker; not scored. Written only by {@link PaperItemRepository#flag}. */
    @Column(name = "flagged", nullable = false, insertable = false, updatable = false)
    private boolean flagged;

    protected PaperItem() {
    }

    public PaperItem(long attemptPartId, int seq, long questionId, int[] order) {
        this.attemptPartId = attemptPartId;
        this.seq = seq;
        this.questionId = questionId;
        this.optionOrder = String.join(",", Arrays.stream(order).mapToObj(String::valueOf).toList());
    }

    public int[] order() {
        return parseOrder(optionOrder);
    }

    /** The stored option order ("2,0,3,1": original indexes in display order) as an array. */
    public static int[] parseOrder(String optionOrder) {
        String[] parts = optionOrder.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** Original option index of the option shown at {@code displayIndex}. */
    public int originalIndex(int displayIndex) {
        return order()[displayIndex];
    }

    /** Where the option with original index {@code original} is shown. */
    public int displayIndex(int original) {
        int[] o = order();
        for (int i = 0; i < o.length; i++) {
            if (o[i] == original) {
                return i;
            }
        }
        return -1;
    }

    public Long getId() { return id; }
    public Long getAttemptPartId() { return attemptPartId; }
    public int getSeq() { return seq; }
    public Long getQuestionId() { return questionId; }
    public String getOptionOrder() { return optionOrder; }
    public boolean isFlagged() { return flagged; }
}
