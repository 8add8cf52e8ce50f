package vn.thituyen.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The item-analysis texts: one block at the end of each translation file, same keys, every key used exists. */
class ItemAnalysisMessagesTest {

    private static final Path DIR = Path.of("src/main/resources/i18n");

    @Test
    void oneBlockInEachFileWithTheSameKeys() throws IOException {
        Set<String> vi = block("messages.properties");
        Set<String> en = block("messages_en.properties");
        assertThat(vi).isNotEmpty().allMatch(k -> k.startsWith("analysis."));
        assertThat(en).isEqualTo(vi);
    }

    @Test
    void everyKeyTheCodeUsesExistsAndFormats() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(analysis\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/thituyen/analysis"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (ItemAnalysis.Flag flag : ItemAnalysis.Flag.values()) {
            used.add("analysis.flag." + flag.name());   // built from the enum in ItemAnalysisReport
        }
        assertThat(used).hasSizeGreaterThan(20);
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = ItemAnalysisFixtures.messages("i18n/" + file);
            assertThat(p.stringPropertyNames()).as(file).containsAll(used);
            for (String k : block(file)) {
                String text = new MessageFormat(p.getProperty(k), Locale.ROOT).format(new Object[0]);
                assertThat(text).as(k).doesNotContain("{", "}").isNotBlank();
            }
        }
        assertThat(ItemAnalysisFixtures.messages("i18n/messages.properties").getProperty("analysis.sheet.summary"))
                .isEqualTo("Tổng hợp");
    }

    /**
     * Keys after the "# --- item analysis" heading, up to the next block's heading (the item analysis screens
     * append their own block, "# --- item analysis ui", after it).
     */
    private static Set<String> block(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        int start = lines.indexOf("# --- item analysis");
        assertThat(start).as("heading in " + file).isPositive();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("# --- ")) {
            end++;
        }
        Set<String> keys = new TreeSet<>();
        for (String line : lines.subList(start + 1, end)) {
            assertThat(line).as("only item-analysis messages after the heading in " + file)
                    .matches("analysis\\.[A-Za-z0-9_.]+=.+");
            keys.add(line.substring(0, line.indexOf('=')));
        }
        return keys;
    }
}
