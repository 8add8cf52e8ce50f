package vn.thituyen.questionbank;

/** One drawn question: {@code optionOrder[k]} is the original index of the option shown in position k. */
public record DrawnQuestion(long questionId, int[] optionOrder) {
}
