package vn.thituyen.questionbank.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.questionbank.Difficulty;

/** The rules the exchange formats share: category paths, tag conventions, file types, weights, references. */
class FormatRulesTest {

    private static List<String> path(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(">"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            $course$/top/Hiến pháp/Chương I           | Hiến pháp>Chương I
            $module$/top/Default for KTC               | Default for KTC
            $system$/top                               |
            $course$                                   |
            top/A                                      | A
            Top/A                                      | A
            A/B                                        | A>B
            $course$/Nghị định 138//2020//NĐ-CP/Điều 5 | Nghị định 138/2020/NĐ-CP>Điều 5
            $course$/top/top/A                         | top>A
            '  $course$/top/ A / B /'                  | A>B
            ''                                         |
            """)
    void moodleCategoryPathsBecomeTopics(String category, String topic) {
        assertThat(CategoryPath.parse(category)).isEqualTo(path(topic));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hiến pháp>Chương I        | $course$/top/Hiến pháp/Chương I
            Nghị định 138/2020/NĐ-CP  | $course$/top/Nghị định 138//2020//NĐ-CP
            top>a//b                  | $course$/top/top/a////b
                                      | $course$/top
            """)
    void topicsAreWrittenAsMoodleCategoryPathsAndReadBack(String topic, String category) {
        assertThat(CategoryPath.write(path(topic))).isEqualTo(category);
        assertThat(CategoryPath.parse(category)).isEqualTo(path(topic));
        assertThat(CategoryPath.writable(path(topic))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            /A
            A/
            ' A'
            ' '
            """)
    void namesNextToTheSeparatorCannotBeWritten(String name) {
        assertThat(CategoryPath.writable(List.of("Chủ đề", name))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            difficulty:easy;source:Điều 5;thẻ         | EASY   | Điều 5        | thẻ  |
            Difficulty:HARD;SOURCE: Điều 5 ;a;b       | HARD   | Điều 5        | a;b  |
            difficulty:dễ                             | EASY   |               |      |
            difficulty:trung bình                     | MEDIUM |               |      |
            difficulty:khó;difficulty:hard            | HARD   |               |      |
            source:;x                                 |        |               | x    |
            difficulty:very hard                      |        |               |      | BAD_DIFFICULTY
            difficulty:easy;difficulty:hard           | EASY   |               |      | TWO_DIFFICULTIES
            source:a;source:b                         |        | a             |      | TWO_SOURCES
            source:a;source:a                         |        | a             |      |
            """)
    void difficultyAndSourceTravelAsTags(String raw, Difficulty difficulty, String source, String tags,
            TagConvention.Issue issue) {
        TagConvention.Result r = TagConvention.read(Arrays.asList(raw.split(";")));
        assertThat(r.difficulty()).isEqualTo(difficulty);
        assertThat(r.source()).isEqualTo(source);
        assertThat(r.tags()).isEqualTo(tags == null ? List.of() : Arrays.asList(tags.split(";")));
        assertThat(r.issues()).extracting(TagConvention.Found::issue)
                .isEqualTo(issue == null ? List.of() : List.of(issue));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PNG    | hinh.jpg     | image/png
            PNG    | hinh         | image/png
            JPEG   | hinh.png     | image/jpeg
            GIF    | a.bin        | image/gif
            SVG    | a            | image/svg+xml
            TEXT   | so do.PNG    | image/png
            TEXT   | nghe.mp3     | audio/mpeg
            TEXT   | tai-lieu.pdf | application/pdf
            TEXT   | ghi-chu      | application/octet-stream
            """)
    void theBytesTellTheTypeBeforeTheName(String content, String name, String type) {
        byte[] data = switch (content) {
            case "PNG" -> FormatFixtures.PNG;
            case "JPEG" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
            case "GIF" -> "GIF89a....".getBytes(StandardCharsets.ISO_8859_1);
            case "SVG" -> "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(
                    StandardCharsets.UTF_8);
            default -> "chỉ là chữ".getBytes(StandardCharsets.UTF_8);
        };
        assertThat(MediaTypes.guess(name, data)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} keys")
    @CsvSource({"1, 100", "2, 50", "3, 33.33333", "5, 20", "6, 16.66667", "10, 10", "11, 9.09091"})
    void multipleAnswerWeightsAreMoodlesFractionsInPercent(int keys, String weight) {
        assertThat(Drafts.weight(keys)).isEqualTo(weight);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a%20b.png               | a b.png
            h%C3%ACnh.png           | hình.png
            a+b.png                 | a+b.png
            100%.png                | 100%.png
            hi%CC%80nh.png          | hình.png
            """)
    void moodleFileReferencesAreDecodedLikeRawurlencode(String reference, String name) {
        assertThat(Drafts.resolve(reference, java.util.Set.of(name))).isEqualTo(name);
        assertThat(Drafts.references("<img src=\"@@PLUGINFILE@@/" + reference + "?time=1\">"))
                .containsExactly(reference);
    }
}
