package vn.thituyen.questionbank;

/** The kinds of question a bank holds. Round-1 papers draw single-answer questions (and true/false, which is one). */
public enum QuestionType {
    /** one correct option among several (trắc nghiệm một đáp án) */
    SINGLE,
    /** several correct options; the candidate must pick exactly those (nhiều đáp án) */
    MULTIPLE,
    /** two options, "Đúng" and "Sai" (đúng/sai) */
    TRUE_FALSE;

    /** Whether a round-1 paper can hold this type: the candidate picks one option and it is right or wrong. */
    public boolean drawable() {
        return this != MULTIPLE;
    }
}
