package vn.thituyen.questionbank;

import java.util.List;

/** What a candidate's screen shows of a question; {@code html}: stem and options are (safe) HTML. */
public record QuestionText(long id, String stem, List<String> options, boolean html) {
}
