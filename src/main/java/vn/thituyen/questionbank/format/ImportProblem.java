package vn.thituyen.questionbank.format;

/**
 * One thing wrong with an exchange file, where it is and what it is.
 *
 * @param line       1-based line of a text or XML file, or spreadsheet row; 0 when the file as a whole is wrong
 * @param messageKey an i18n key ({@code import.<format>.<problem>}), whose {0} is {@code detail}
 * @param detail     the offending text, shortened, or an expected value
 */
public record ImportProblem(int line, String messageKey, String detail) {

    public ImportProblem {
        detail = detail == null ? "" : detail.length() > 120 ? detail.substring(0, 117) + "…" : detail;
    }
}
