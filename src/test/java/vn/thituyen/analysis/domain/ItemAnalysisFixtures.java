package vn.thituyen.analysis.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import vn.thituyen.analysis.domain.ItemAnalysis.Input;
import vn.thituyen.analysis.domain.ItemAnalysis.Item;
import vn.thituyen.analysis.domain.ItemAnalysis.Key;
import vn.thituyen.analysis.domain.ItemAnalysis.Paper;

/** The two hand-computed parts the tests share, and a translator built like the app's. */
public final class ItemAnalysisFixtures {

    private ItemAnalysisFixtures() {
    }

    /**
     * Ten candidates, the same paper of five 4-option questions (ids 1..5, keys A B C D A). The answers (letter =
     * option chosen, "-" = unanswered) and everything computed from them by hand are in ItemAnalysisTest.
     */
    public static final String[] SAME_PAPER = {
        "ABCAA", // TS01  4
        "ABCAA", // TS02  4
        "ABCDA", // TS03  5
        "ABCA-", // TS04  3
        "ABBDA", // TS05  4
        "ACCB-", // TS06  2
        "ABACB", // TS07  2
        "ACBD-", // TS08  2
        "ADACB", // TS09  1
        "ACBBC", // TS10  1
    };

    public static Input samePaper() {
        List<Paper> papers = new ArrayList<>();
        for (int c = 0; c < SAME_PAPER.length; c++) {
            papers.add(paper(c + 1, SAME_PAPER[c], 1, 2, 3, 4, 5));
        }
        return new Input(5, papers, List.of(key(1, 4, "A"), key(2, 4, "B"), key(3, 4, "C"), key(4, 4, "D"),
                key(5, 4, "A")));
    }

    /**
     * Six candidates, two questions each, drawn from a bank of five 3-option questions (keys A B C A B); question 5
     * was drawn for nobody.
     */
    public static Input randomPapers() {
        return new Input(2, List.of(
                new Paper(1, "TS01", List.of(item(1, "A"), item(2, "B"))),
                new Paper(2, "TS02", List.of(item(3, "C"), item(1, "A"))),
                new Paper(3, "TS03", List.of(item(2, "B"), item(3, "C"))),
                new Paper(4, "TS04", List.of(item(4, "A"), item(1, "B"))),
                new Paper(5, "TS05", List.of(item(2, "B"), item(4, "-"))),
                new Paper(6, "TS06", List.of(item(1, "C"), item(3, "A")))),
                List.of(key(1, 3, "A"), key(2, 3, "B"), key(3, 3, "C"), key(4, 3, "A"), key(5, 3, "B")));
    }

    /** Candidate number TS01, TS02 … for attempt 1, 2 …; answers in question order. */
    public static Paper paper(long attempt, String answers, long... questionIds) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < questionIds.length; i++) {
            items.add(item(questionIds[i], String.valueOf(answers.charAt(i))));
        }
        return new Paper(attempt, String.format("TS%02d", attempt), items);
    }

    public static Item item(long questionId, String letter) {
        return new Item(questionId, "-".equals(letter) ? null : letter.charAt(0) - 'A');
    }

    /** {@code letters} like "A" or "AD" (a corrected key accepting A and D). */
    public static Key key(long questionId, int options, String letters) {
        return new Key(questionId, "Câu " + questionId, options, indexes(letters));
    }

    public static Set<Integer> indexes(String letters) {
        return Set.copyOf(letters.chars().map(ch -> ch - 'A').boxed().toList());
    }

    /** Like the app's i18n: key → message through MessageFormat; a missing key fails the test. */
    public static Function<String, String> translator(Locale locale) {
        Properties p = messages("en".equals(locale.getLanguage()) ? "i18n/messages_en.properties"
                : "i18n/messages.properties");
        return key -> {
            String pattern = p.getProperty(key);
            if (pattern == null) {
                throw new AssertionError("No message for " + key);
            }
            return new MessageFormat(pattern, locale).format(new Object[0]);
        };
    }

    public static Properties messages(String resource) {
        Properties p = new Properties();
        try (InputStream in = ItemAnalysisFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
