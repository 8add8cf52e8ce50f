package vn.thituyen.questionbank.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;

/** Drafts and files the format tests share. */
final class FormatFixtures {

    /** A 2×2 PNG (red and yellow). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAE0lEQVR42mO4pSr7/z8DAxADWQAu8gY19eeRaAAAAABJRU5ErkJggg==");
    /** A 30×20 PNG of the national flag, the one in question-banks/ktc-mau.moodle.xml. */
    static final byte[] FLAG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAB4AAAAUCAIAAAAVyRqTAAAAO0lEQVR42mO4pSpLI8QwavQIM/r/fwYgGgpGQ4zDhS"
                    + "h1NXnmkhAgJBk6OIwmIzRIMBoPdzSjjxpNHgIABGa7S3tQf4QAAAAASUVORK5CYII=");

    static final List<String> HIEN_PHAP = List.of("Kiến thức chung", "Hiến pháp năm 2013");
    static final List<String> CBCC = List.of("Kiến thức chung", "Luật Cán bộ, công chức");
    static final List<String> ND138 = List.of("Kiến thức chung", "Nghị định 138/2020/NĐ-CP");

    private FormatFixtures() {
    }

    static QuestionDraft draft(String id, QuestionType type, TextFormat format, String stem, List<Choice> choices,
            List<String> topic, Difficulty difficulty, String source, List<String> tags, List<Media> media) {
        return new QuestionDraft(0, id, type, format, stem, choices, topic, difficulty, source, tags, media);
    }

    static List<Choice> choices(int correct, String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Choice(texts[i], i == correct)).toList();
    }

    /**
     * Every feature a round trip must keep: Vietnamese text, characters GIFT and XML must escape, multi-line text,
     * HTML, images (in the stem and in an option, one with a space in its name), multiple answers with 3 and 4
     * keys, true/false both ways, nested topics and a "/" in a topic, a return to the root topic, tags, difficulty,
     * source, questions without any of these, text that looks like a GIFT comment or format marker, a duplicate.
     */
    static List<QuestionDraft> rich() {
        QuestionDraft quocHoi = draft("KTC-HP-001", QuestionType.SINGLE, TextFormat.PLAIN,
                "Theo Hiến pháp năm 2013, cơ quan nào là cơ quan quyền lực nhà nước cao nhất?",
                choices(1, "Chính phủ", "Quốc hội", "Chủ tịch nước", "Tòa án nhân dân tối cao"),
                HIEN_PHAP, Difficulty.EASY, "Điều 69 Hiến pháp năm 2013", List.of("quốc hội"), List.of());
        return List.of(
                quocHoi,
                draft("KTC-ĐB-002: {đặc biệt}", QuestionType.SINGLE, TextFormat.PLAIN,
                        "Dòng thứ nhất: a = b ~ c # d\nDòng thứ hai {e} \\ f // g <b>không đậm</b> & h",
                        choices(3, "50% = một nửa", "%5 và 10%", "[html] không phải định dạng",
                                "Đáp án: {x}\nhai dòng", "~ bắt đầu bằng dấu ngã"),
                        ND138, Difficulty.MEDIUM, "Khoản 1 Điều 5 Nghị định 138/2020/NĐ-CP; Điều 10: [a]",
                        List.of("ký tự đặc biệt", "thẻ có ] ngoặc", "a:b"), List.of()),
                draft("KTC-CBCC-003", QuestionType.MULTIPLE, TextFormat.PLAIN,
                        "Những điều kiện nào là điều kiện đăng ký dự tuyển công chức?",
                        List.of(new Choice("Có một quốc tịch là quốc tịch Việt Nam", true),
                                new Choice("Đủ 18 tuổi trở lên", true),
                                new Choice("Có hộ khẩu thường trú tại địa phương", false),
                                new Choice("Có phẩm chất chính trị, đạo đức tốt", true),
                                new Choice("Là đảng viên", false)),
                        CBCC, Difficulty.HARD, "Điều 36 Luật Cán bộ, công chức năm 2008", List.of("tuyển dụng"),
                        List.of()),
                draft("KTC-CBCC-004", QuestionType.MULTIPLE, TextFormat.PLAIN,
                        "Những hình thức kỷ luật nào áp dụng đối với cán bộ?",
                        List.of(new Choice("Khiển trách", true), new Choice("Cảnh cáo", true),
                                new Choice("Hạ bậc lương", false), new Choice("Cách chức", true),
                                new Choice("Bãi nhiệm", true), new Choice("Buộc thôi việc", false)),
                        List.of("Kiến thức chung", "Luật Cán bộ, công chức", "Kỷ luật"), null, null, List.of(),
                        List.of()),
                draft(null, QuestionType.TRUE_FALSE, TextFormat.PLAIN,
                        "Nhiệm kỳ của mỗi khóa Quốc hội là năm năm.", Drafts.trueFalse(true),
                        List.of(), null, null, List.of(), List.of()),
                draft("KTC-TF-006", QuestionType.TRUE_FALSE, TextFormat.HTML,
                        "<p>Người thuộc nhiều diện ưu tiên được <strong>cộng tất cả</strong> điểm ưu tiên.</p>",
                        Drafts.trueFalse(false), ND138, Difficulty.MEDIUM, "Khoản 2 Điều 5 Nghị định 138/2020/NĐ-CP",
                        List.of(), List.of()),
                draft("KTC-HP-007", QuestionType.SINGLE, TextFormat.HTML,
                        "<p>Quốc kỳ (hình bên) được mô tả như thế nào?</p>"
                                + "<p><img src=\"@@PLUGINFILE@@/quoc%20ky.png\" alt=\"Quốc kỳ\"></p>",
                        choices(0, "Nền đỏ, ở giữa có ngôi sao vàng năm cánh",
                                "Nền vàng, ở giữa có ngôi sao đỏ năm cánh",
                                "<em>Nền đỏ</em>, sao vàng &amp; sáu cánh <img src=\"@@PLUGINFILE@@/so-do.png\" alt=\"\">"),
                        HIEN_PHAP, Difficulty.EASY, "Khoản 1 Điều 13 Hiến pháp năm 2013", List.of("quốc kỳ"),
                        List.of(new Media("quoc ky.png", "image/png", FLAG),
                                new Media("so-do.png", "image/png", PNG))),
                draft(null, QuestionType.SINGLE, TextFormat.PLAIN,
                        "[html] ở đầu câu không phải là định dạng: chọn đáp án đúng",
                        choices(2, "Phương án {1}", "Phương án #2", "Phương án \\3"),
                        List.of(), null, null, List.of(), List.of()),
                draft(null, QuestionType.SINGLE, TextFormat.PLAIN,
                        "// không phải chú thích: câu hỏi vẫn được đọc",
                        choices(0, "Đúng là câu hỏi", "Là chú thích"),
                        List.of("Chủ đề có dấu : và # trong tên"), null, "Tài liệu ôn tập", List.of(), List.of()),
                quocHoi);
    }

    /** The rich list without the questions that carry files, which GIFT cannot hold. */
    static List<QuestionDraft> richWithoutMedia() {
        return rich().stream().filter(q -> q.media().isEmpty()).toList();
    }

    static List<QuestionDraft> withoutLines(List<QuestionDraft> qs) {
        return qs.stream().map(QuestionDraft::withoutLine).toList();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String path) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/question-banks", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("question-banks", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same file with Windows line ends and a UTF-8 byte order mark, as Notepad saves it. */
    static byte[] windows(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
        return utf8("\uFEFF" + text);
    }
}
