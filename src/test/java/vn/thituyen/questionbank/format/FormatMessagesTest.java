package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thituyen.common.Messages;

/** Every problem the formats report can be shown, in Vietnamese and in English, with its detail. */
class FormatMessagesTest {

    private static final Pattern KEY = Pattern.compile(
            "\"((?:import\\.(?:aiken|gift|moodlexml|qti21|xlsx|content)|export\\.moodle)\\.[A-Za-z.]+)\"");

    @Test
    void everyKeyTheFormatsUseIsTranslatedAndShowsItsDetail() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/thituyen/questionbank/format"))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100).contains("import.content.fileUnsupported",
                "import.moodlexml.badGrade", "import.gift.badGrade", "import.qti21.adaptive", "export.moodle.tagTooLong");
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        for (String key : used) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            for (Locale locale : new Locale[] {Messages.VIETNAMESE, Messages.ENGLISH}) {
                String shown = Messages.get(locale, key, "«chi tiết»", "«câu hỏi»");
                // a pattern MessageFormat misreads loses its detail or shows its quotes and braces
                assertThat(shown).as(key).doesNotContain("{0}").doesNotContain("{1}").doesNotContain("''");
                if (vi.getProperty(key).contains("{0}")) {
                    assertThat(shown).as(key).contains("«chi tiết»");
                }
                // a warning names the question it is about, in both languages
                assertThat(en.getProperty(key).contains("{1}")).as(key).isEqualTo(vi.getProperty(key).contains("{1}"));
            }
        }
    }

    @Test
    void bracesAndBackslashesInMessagesAreShownAsWritten() {
        assertThat(Messages.get(Messages.VIETNAMESE, "import.gift.unexpectedBrace", "x"))
                .isEqualTo("Dấu } không có dấu { mở tương ứng; nếu là chữ, hãy viết \\}: x");
        assertThat(Messages.get(Messages.ENGLISH, "import.gift.secondBlock", "Q10"))
                .isEqualTo("The question has more than one answer block (questions must be separated by a blank line;"
                        + " braces that are text are written \\{ and \\}): Q10");
        assertThat(Messages.get(Messages.VIETNAMESE, "import.gift.weightsSum", "80"))
                .isEqualTo("Tổng trọng số các đáp án đúng phải bằng 100%, hiện là 80%");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FormatMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
