package vn.thituyen.questionbank.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.QuestionDraft.Choice;
import vn.thituyen.questionbank.format.QuestionDraft.Media;

/**
 * The sample banks in {@code question-banks/} (ktc-mau.qti21.zip, ktc-mau.xlsx): their questions, and a
 * {@link #main} that writes the files again. Every question cites the text it rests on; keys were checked against
 * those texts (Hiến pháp 2013, Luật CBCC 2008 sửa đổi 2019, Luật Viên chức 2010, Nghị định 30/2020/NĐ-CP).
 */
public final class SampleBanks {

    private static final List<String> HIEN_PHAP = List.of("Kiến thức chung", "Hiến pháp năm 2013");
    private static final List<String> CBCC = List.of("Kiến thức chung", "Luật Cán bộ, công chức");
    private static final List<String> VIEN_CHUC = List.of("Kiến thức chung", "Luật Viên chức");
    private static final List<String> CHINH_QUYEN = List.of("Kiến thức chung", "Chính quyền địa phương");
    private static final List<String> THE_THUC = List.of("Nghiệp vụ văn thư", "Thể thức văn bản");
    private static final List<String> VAN_THU = List.of("Nghiệp vụ văn thư", "Quản lý văn bản");
    private static final String ND30 = "Phụ lục I Nghị định số 30/2020/NĐ-CP";
    private static final String KY_LUAT = "Điều 79 Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019)";

    private SampleBanks() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of("question-banks/ktc-mau.qti21.zip"), qtiPackage());
        Files.write(Path.of("question-banks/ktc-mau.xlsx"), new ExcelFormat().write(excelQuestions()).data());
    }

    /** the sample package: our export of {@link #qtiQuestions()} plus an essay item that an import must skip */
    static byte[] qtiPackage() throws IOException {
        byte[] written = new Qti21Format().write(qtiQuestions()).data();
        Map<String, byte[]> files = new LinkedHashMap<>(Qti21FormatTest.unzip(written));
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8).replace("  </resources>",
                "    <resource identifier=\"RES-TL-01\" type=\"imsqti_item_xmlv2p1\" href=\"items/TL-01.xml\">\n"
                        + "      <file href=\"items/TL-01.xml\"/>\n"
                        + "    </resource>\n"
                        + "  </resources>");
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        files.put("items/TL-01.xml", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"
                    identifier="TL-01" title="Tự luận: nhiệm vụ của Sở Nội vụ" adaptive="false" timeDependent="false">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
                  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                  <itemBody>
                    <extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="15">
                      <prompt>Trình bày vị trí, chức năng của Sở Nội vụ trong cơ cấu tổ chức của Ủy ban nhân dân \
                cấp tỉnh.</prompt>
                    </extendedTextInteraction>
                  </itemBody>
                </assessmentItem>
                """).getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(f.getKey());
                e.setTimeLocal(java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
                zip.putNextEntry(e);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** a page of an administrative document with the national title block coloured (210 × 297 px) */
    static byte[] pagePng() {
        try {
            return Files.readAllBytes(Path.of(
                    "src/test/resources/question-banks/qti21-tao/items/i1001/assets/so-do-bo-cuc.png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QuestionDraft> qtiQuestions() {
        List<QuestionDraft> all = all();
        List<QuestionDraft> out = new ArrayList<>();
        for (String id : List.of("KTC-001", "KTC-002", "KTC-003", "KTC-005", "KTC-007", "KTC-008", "KTC-009",
                "KTC-010", "KTC-012", "VT-001", "VT-003", "VT-004", "VT-007", "KTC-015")) {
            out.add(all.stream().filter(q -> id.equals(q.externalId())).findFirst().orElseThrow());
        }
        return out;
    }

    /** every question but the one with an image, which a spreadsheet cannot carry */
    static List<QuestionDraft> excelQuestions() {
        return all().stream().filter(q -> q.media().isEmpty()).toList();
    }

    static List<QuestionDraft> all() {
        return List.of(
                single("KTC-001", HIEN_PHAP, Difficulty.EASY, "Điều 69 Hiến pháp năm 2013", List.of("bộ máy nhà nước"),
                        "Theo Hiến pháp năm 2013, cơ quan nào là cơ quan đại biểu cao nhất của Nhân dân, cơ quan quyền"
                                + " lực nhà nước cao nhất của nước Cộng hòa xã hội chủ nghĩa Việt Nam?",
                        1, "Chính phủ", "Quốc hội", "Chủ tịch nước", "Tòa án nhân dân tối cao"),
                single("KTC-002", HIEN_PHAP, Difficulty.EASY, "Điều 94 Hiến pháp năm 2013", List.of("bộ máy nhà nước"),
                        "Theo Hiến pháp năm 2013, cơ quan hành chính nhà nước cao nhất của nước Cộng hòa xã hội chủ"
                                + " nghĩa Việt Nam là",
                        2, "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Văn phòng Chủ tịch nước"),
                single("KTC-003", HIEN_PHAP, Difficulty.MEDIUM, "Điều 71 Hiến pháp năm 2013", List.of("Quốc hội"),
                        "Theo Hiến pháp năm 2013, nhiệm kỳ của mỗi khóa Quốc hội là bao nhiêu năm?",
                        1, "04 năm", "05 năm", "06 năm", "07 năm"),
                single("KTC-004", HIEN_PHAP, Difficulty.MEDIUM, "Điều 27 Hiến pháp năm 2013", List.of("bầu cử"),
                        "Theo Hiến pháp năm 2013, công dân đủ bao nhiêu tuổi trở lên có quyền ứng cử vào Quốc hội,"
                                + " Hội đồng nhân dân?",
                        2, "Đủ 18 tuổi", "Đủ 20 tuổi", "Đủ 21 tuổi", "Đủ 25 tuổi"),
                trueFalse("KTC-005", HIEN_PHAP, Difficulty.EASY, "Điều 102 Hiến pháp năm 2013", List.of("tư pháp"),
                        "Theo Hiến pháp năm 2013, Tòa án nhân dân là cơ quan xét xử của nước Cộng hòa xã hội chủ"
                                + " nghĩa Việt Nam, thực hiện quyền tư pháp.", true),
                single("KTC-006", HIEN_PHAP, Difficulty.EASY, "Điều 13 Hiến pháp năm 2013", List.of(),
                        "Theo Hiến pháp năm 2013, Thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam là",
                        0, "Hà Nội", "Thành phố Hồ Chí Minh", "Huế", "Đà Nẵng"),
                new QuestionDraft(0, "KTC-007", QuestionType.SINGLE, TextFormat.HTML,
                        "<p>Theo Hiến pháp năm 2013, Quốc kỳ nước Cộng hòa xã hội chủ nghĩa Việt Nam hình chữ nhật,"
                                + " <strong>chiều rộng</strong> bằng bao nhiêu <strong>chiều dài</strong>?</p>",
                        List.of(new Choice("Một phần hai", false), new Choice("Hai phần ba", true),
                                new Choice("Ba phần tư", false), new Choice("Bốn phần năm", false)),
                        HIEN_PHAP, Difficulty.MEDIUM, "Điều 13 Hiến pháp năm 2013", List.of("Quốc kỳ"), List.of()),
                single("KTC-008", CBCC, Difficulty.EASY, "Điều 87 Luật Cán bộ, công chức năm 2008", List.of(),
                        "Luật Cán bộ, công chức năm 2008 có hiệu lực thi hành từ ngày nào?",
                        2, "01/01/2009", "01/7/2009", "01/01/2010", "01/7/2010"),
                new QuestionDraft(0, "KTC-009", QuestionType.MULTIPLE, TextFormat.PLAIN,
                        "Theo Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019), công chức không giữ chức"
                                + " vụ lãnh đạo, quản lý vi phạm kỷ luật có thể bị áp dụng những hình thức kỷ luật nào"
                                + " sau đây?",
                        List.of(new Choice("Khiển trách", true), new Choice("Cảnh cáo", true),
                                new Choice("Hạ bậc lương", true), new Choice("Giáng chức", false),
                                new Choice("Cách chức", false), new Choice("Buộc thôi việc", true)),
                        CBCC, Difficulty.HARD, KY_LUAT, List.of("kỷ luật"), List.of()),
                trueFalse("KTC-010", CBCC, Difficulty.MEDIUM, "Điều 8 Luật Cán bộ, công chức năm 2008",
                        List.of("nghĩa vụ"),
                        "Theo Luật Cán bộ, công chức năm 2008, cán bộ, công chức có nghĩa vụ trung thành với Đảng"
                                + " Cộng sản Việt Nam, Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam; bảo vệ danh dự"
                                + " Tổ quốc và lợi ích quốc gia.", true),
                single("KTC-011", CBCC, Difficulty.MEDIUM, KY_LUAT, List.of("kỷ luật"),
                        "Theo Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung năm 2019), hình thức kỷ luật nào sau"
                                + " đây chỉ áp dụng đối với công chức giữ chức vụ lãnh đạo, quản lý?",
                        2, "Khiển trách", "Cảnh cáo", "Cách chức", "Buộc thôi việc"),
                trueFalse("KTC-012", VIEN_CHUC, Difficulty.EASY, "Điều 2 Luật Viên chức năm 2010", List.of(),
                        "Theo Luật Viên chức năm 2010, viên chức làm việc tại đơn vị sự nghiệp công lập theo chế độ"
                                + " hợp đồng làm việc.", true),
                single("KTC-013", VIEN_CHUC, Difficulty.MEDIUM, "Luật Viên chức năm 2010", List.of(),
                        "Luật Viên chức được Quốc hội khóa XII thông qua vào năm nào?",
                        1, "2008", "2010", "2012", "2019"),
                single("KTC-014", CHINH_QUYEN, Difficulty.MEDIUM, "Luật Tổ chức chính quyền địa phương năm 2015",
                        List.of("Hội đồng nhân dân"),
                        "Theo Luật Tổ chức chính quyền địa phương năm 2015, nhiệm kỳ của mỗi khóa Hội đồng nhân dân"
                                + " là bao nhiêu năm?",
                        1, "04 năm", "05 năm", "06 năm", "Theo nhiệm kỳ của Ủy ban nhân dân"),
                single("KTC-015", CHINH_QUYEN, Difficulty.EASY, null, List.of("Sở Nội vụ"),
                        "Sở Nội vụ là cơ quan chuyên môn thuộc",
                        0, "Ủy ban nhân dân cấp tỉnh", "Hội đồng nhân dân cấp tỉnh", "Bộ Nội vụ",
                        "Văn phòng Ủy ban nhân dân cấp tỉnh"),
                single("VT-001", THE_THUC, Difficulty.EASY, ND30, List.of("phông chữ"),
                        "Theo Nghị định số 30/2020/NĐ-CP, phông chữ dùng để trình bày văn bản hành chính là",
                        1, "Arial", "Times New Roman", "Tahoma", "Calibri"),
                single("VT-002", THE_THUC, Difficulty.MEDIUM, ND30, List.of("khổ giấy"),
                        "Theo Nghị định số 30/2020/NĐ-CP, văn bản hành chính được trình bày trên khổ giấy nào?",
                        0, "A4 (210 mm x 297 mm)", "A5 (148 mm x 210 mm)", "A3 (297 mm x 420 mm)",
                        "Letter (216 mm x 279 mm)"),
                single("VT-003", THE_THUC, Difficulty.HARD, ND30, List.of("căn lề"),
                        "Theo Nghị định số 30/2020/NĐ-CP, lề trái của trang văn bản hành chính cách mép trái bao nhiêu?",
                        2, "15 - 20 mm", "20 - 25 mm", "30 - 35 mm", "35 - 40 mm"),
                new QuestionDraft(0, "VT-004", QuestionType.MULTIPLE, TextFormat.PLAIN,
                        "Theo Nghị định số 30/2020/NĐ-CP, những văn bản nào sau đây là văn bản hành chính?",
                        List.of(new Choice("Công văn", true), new Choice("Tờ trình", true),
                                new Choice("Nghị định", false), new Choice("Thông báo", true),
                                new Choice("Luật", false)),
                        VAN_THU, Difficulty.MEDIUM, "Điều 7 Nghị định số 30/2020/NĐ-CP", List.of("loại văn bản"),
                        List.of()),
                single("VT-005", THE_THUC, Difficulty.MEDIUM, ND30, List.of(),
                        "Theo Nghị định số 30/2020/NĐ-CP, số của văn bản được ghi bằng",
                        0, "Chữ số Ả Rập", "Chữ số La Mã", "Chữ viết", "Tùy cơ quan ban hành quyết định"),
                trueFalse("VT-006", THE_THUC, Difficulty.HARD, ND30, List.of("Quốc hiệu"),
                        "Theo Nghị định số 30/2020/NĐ-CP, dòng Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" được"
                                + " trình bày bằng chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm.", true),
                new QuestionDraft(0, "VT-007", QuestionType.SINGLE, TextFormat.HTML,
                        "<p>Quan sát sơ đồ bố cục trang đầu của một văn bản hành chính:</p><p><img src=\""
                                + "@@PLUGINFILE@@/bo-cuc-van-ban.png\" alt=\"Sơ đồ bố cục trang văn bản\"></p><p>Theo"
                                + " Nghị định số 30/2020/NĐ-CP, ô được <strong>tô màu</strong> là vị trí trình bày"
                                + " thành phần nào?</p>",
                        List.of(new Choice("Tên cơ quan, tổ chức ban hành văn bản", false),
                                new Choice("Quốc hiệu và Tiêu ngữ", true),
                                new Choice("Số, ký hiệu của văn bản", false),
                                new Choice("Địa danh và thời gian ban hành văn bản", false)),
                        THE_THUC, Difficulty.EASY, ND30, List.of("bố cục", "có hình"),
                        List.of(new Media("bo-cuc-van-ban.png", "image/png", pagePng()))),
                single("VT-008", VAN_THU, Difficulty.EASY, null, List.of(),
                        "Nghị định số 30/2020/NĐ-CP của Chính phủ quy định về nội dung nào?",
                        0, "Công tác văn thư", "Công tác lưu trữ", "Tuyển dụng công chức", "Thi đua, khen thưởng"),
                single("VT-009", VAN_THU, Difficulty.EASY, null, List.of(),
                        "Nghị định số 30/2020/NĐ-CP về công tác văn thư được Chính phủ ban hành ngày nào?",
                        0, "05/3/2020", "30/3/2020", "05/5/2020", "01/7/2020"));
    }

    private static QuestionDraft single(String id, List<String> topic, Difficulty difficulty, String source,
            List<String> tags, String stem, int correct, String... options) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            choices.add(new Choice(options[i], i == correct));
        }
        return new QuestionDraft(0, id, QuestionType.SINGLE, TextFormat.PLAIN, stem, choices, topic, difficulty,
                source, tags, List.of());
    }

    private static QuestionDraft trueFalse(String id, List<String> topic, Difficulty difficulty, String source,
            List<String> tags, String stem, boolean isTrue) {
        return new QuestionDraft(0, id, QuestionType.TRUE_FALSE, TextFormat.PLAIN, stem,
                List.of(new Choice("Đúng", isTrue), new Choice("Sai", !isTrue)), topic, difficulty, source, tags,
                List.of());
    }
}
