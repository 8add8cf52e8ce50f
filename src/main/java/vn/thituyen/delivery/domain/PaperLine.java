package vn.thituyen.delivery.domain;

/** One item of a paper, as a row: which part, which item, which question version. */
public record PaperLine(long partId, long itemId, long questionId) {
}
