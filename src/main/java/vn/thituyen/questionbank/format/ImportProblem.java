package vn.thituyen.questionbank.format;

/**
 * One thing wrong with an exchange file, where it is and what it is.
 *
 * @param line       1-based line of a text or XML file, or spreadsheet row; 0 when the file as a whole is wrong
 * @param messageKey an i18n key ({@code import.<format>.<problem>}), whose {0} is {@code detail}
 * @param detail     the offending text, shortened, or an expected value
 * @param question   the {1} of the message: the question a warning is about (its name or the start of its
 *                   text), "" when the message names none
 */
public record ImportProblem(int line, String messageKey, String detail, String question) {

    public ImportProblem {
        detail = shorten(detail);
        question = shorten(question);
    }

    public ImportProblem(int line, String messageKey, String detail) {
        this(line, messageKey, detail, "");
    }

    /** The parameters of the message: {0} the detail, {1} the question. */
    public Object[] params() {
        return new Object[] {detail, question};
    }

    private static String shorten(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }
}
