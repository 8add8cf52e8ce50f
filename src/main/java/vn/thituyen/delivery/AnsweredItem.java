package vn.thituyen.delivery;

/**
 * One item of a sat paper as reports and scoring read it: the question version on the paper and the ORIGINAL index
 * of the option last chosen (answers store the author's option order, whatever order the candidate saw); null when
 * unanswered.
 */
public record AnsweredItem(long questionId, Integer chosen) {
}
