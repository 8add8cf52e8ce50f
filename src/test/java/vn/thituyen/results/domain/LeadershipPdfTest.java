package vn.thituyen.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.common.Messages;
import vn.thituyen.results.domain.LeadershipPdf.Ballots;
import vn.thituyen.results.domain.LeadershipPdf.Band;
import vn.thituyen.results.domain.LeadershipPdf.Confidence;
import vn.thituyen.results.domain.LeadershipPdf.CouncilDecision;
import vn.thituyen.results.domain.LeadershipPdf.CouncilRole;
import vn.thituyen.results.domain.LeadershipPdf.Criterion;
import vn.thituyen.results.domain.LeadershipPdf.Entry;
import vn.thituyen.common.Letterhead;
import vn.thituyen.results.domain.LeadershipPdf.Member;
import vn.thituyen.results.domain.LeadershipPdf.Outcome;
import vn.thituyen.results.domain.LeadershipPdf.Part1Minutes;
import vn.thituyen.results.domain.LeadershipPdf.Part2Summary;
import vn.thituyen.results.domain.LeadershipPdf.Post;
import vn.thituyen.results.domain.LeadershipPdf.Report;
import vn.thituyen.results.domain.LeadershipPdf.ReportPost;
import vn.thituyen.results.domain.LeadershipPdf.ResultMinutes;
import vn.thituyen.results.domain.LeadershipPdf.WrittenMark;
import vn.thituyen.results.domain.LeadershipResultRule.Candidate;
import vn.thituyen.results.domain.LeadershipResultRule.Combination;
import vn.thituyen.results.domain.LeadershipResultRule.Settings;

/**
 * The leadership exam's official papers (Official Letter 2424/BNV-CCVC of 2017; docs/domain.md § Leadership exams):
 * read back as text, the names keep their diacritics, the verdict is said plainly, the secret ballot hides the
 * members' names when the setting says so, and the authority is the letterhead's.
 */
class LeadershipPdfTest {

    private static final Letterhead HEAD = new Letterhead("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
            "SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG", "Hải Phòng");
    private static final LocalDate DATE = LocalDate.of(2025, 9, 20);
    private static final String CAMPAIGN = "Thi tuyển chức danh lãnh đạo cấp phòng Sở Y tế năm 2025";
    private static final Post HEAD_OF_STAFF = new Post("Trưởng phòng", "Phòng Tổ chức cán bộ", "Sở Y tế");
    private static final Post HEAD_OF_PLANNING = new Post("Trưởng phòng", "Phòng Kế hoạch – Tài chính", "Sở Y tế");
    private static final Post HEAD_OF_PHARMACY = new Post("Trưởng phòng", "Phòng Nghiệp vụ Dược", "Sở Y tế");
    private static final Post DEPUTY_OF_INSPECTION = new Post("Phó Chánh Thanh tra", "Thanh tra Sở", "Sở Y tế");
    private static final Settings DEFAULTS = Settings.defaults();
    private static final List<Member> COUNCIL = List.of(
            new Member("Lê Văn Thịnh", CouncilRole.CHAIR),
            new Member("Đặng Thị Mỹ Duyên", CouncilRole.VICE_CHAIR),
            new Member("Bùi Quang Trường", CouncilRole.SECRETARY),
            new Member("Ngô Thị Xuân Hương", CouncilRole.MEMBER),
            new Member("Tạ Hữu Nghĩa", CouncilRole.MEMBER));

    // ------------------------------------------------------------ part 1

    @Test
    void part1MinutesSayWhoGoesOnToPart2() throws IOException {
        Paper text = text("part1", LeadershipPdf.part1Minutes(new Part1Minutes(HEAD, "07/BB-HĐTT", DATE, CAMPAIGN,
                HEAD_OF_STAFF, DEFAULTS, List.of(
                        new WrittenMark("TP01", "Nguyễn Thị Ánh Tuyết", bd("72"), bd("73"), bd("72.5"), false),
                        new WrittenMark("TP02", "Trần Đức Lợi", bd("68"), bd("68"), bd("68"), false),
                        new WrittenMark("TP03", "Phạm Ngọc Ẩn", bd("49"), bd("50"), bd("49.5"), false),
                        new WrittenMark("TP04", "Võ Thị Kiều Oanh", null, null, null, true)),
                "Lê Văn Thịnh", "Bùi Quang Trường"), "ThiTuyen – kiểm tra"));

        assertThat(text.flat()).contains("SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hải Phòng, ngày 20 tháng 9 năm 2025", "Số: 07/BB-HĐTT",
                "Tổng hợp kết quả phần thi viết (phần 1)", CAMPAIGN,
                "Chức danh thi tuyển: Trưởng phòng Tổ chức cán bộ, Sở Y tế");
        assertThat(row(text, "Nguyễn Thị Ánh Tuyết")).contains("72,5", "Đạt (vào phần 2)");
        assertThat(row(text, "Trần Đức Lợi")).contains("68", "Đạt (vào phần 2)");
        assertThat(row(text, "Phạm Ngọc Ẩn")).contains("49,5", "Không đạt (dưới 50 điểm)");
        assertThat(row(text, "Võ Thị Kiều Oanh")).contains("Không dự thi");
        assertThat(text.flat()).contains("Tổng số thí sinh: 4; đạt (vào phần 2): 2; không đạt: 2.",
                "THƯ KÝ HỘI ĐỒNG", "CHỦ TỊCH HỘI ĐỒNG", "Lê Văn Thịnh", "Bùi Quang Trường", "ThiTuyen – kiểm tra");
        assertThat(text.flat().indexOf("Lê Văn Thịnh")).isGreaterThan(text.flat().indexOf("CHỦ TỊCH HỘI ĐỒNG"));
    }

    // ------------------------------------------------------------ part 2

    private static final List<String> MEMBERS = List.of("Lê Văn Thịnh", "Đặng Thị Mỹ Duyên", "Phạm Ngọc Ẩn",
            "Ngô Thị Xuân Hương", "Tạ Hữu Nghĩa");

    private static Part2Summary ballots(boolean named, boolean confidenceVote) {
        List<Criterion> criteria = List.of(
                new Criterion("Nội dung đề án: sự cần thiết, mục tiêu, giải pháp", bd("40")),
                new Criterion("Tính khả thi của đề án", bd("30")),
                new Criterion("Trình bày và trả lời câu hỏi của Hội đồng", bd("30")));
        List<Ballots> lines = List.of(
                new Ballots("Nguyễn Thị Ánh Tuyết", scores("80", "82", "81", "83", "80.25"), bd("3"), Band.MEAN,
                        bd("81.3"), null, confidenceVote ? new Confidence(5, 6, bd("83.33")) : null),
                new Ballots("Trần Đức Lợi", scores("70", "78", "76", "74", "75"), bd("8"), Band.BOARD_HEAD_DECIDED,
                        bd("75.5"), "hai thành viên chấm lệch, Trưởng ban trao đổi lại với các thành viên",
                        confidenceVote ? new Confidence(3, 6, bd("50")) : null),
                new Ballots("Hoàng Minh Khôi", scores("60", "72", "65", "66", "70"), bd("12"), Band.CHAIR_DECIDED,
                        null, null, confidenceVote ? new Confidence(2, 6, bd("33.33")) : null));
        return new Part2Summary(HEAD, DATE, CAMPAIGN, HEAD_OF_STAFF, criteria, MEMBERS, named, bd("5"), bd("10"),
                lines, "Lê Văn Thịnh", "Bùi Quang Trường");
    }

    @Test
    void unnamedMembersAreNumberedAndNeverNamed() throws IOException {
        Paper text = text("part2-unnamed", LeadershipPdf.part2Summary(ballots(false, true), null));

        assertThat(text.flat()).contains("BẢNG TỔNG HỢP PHIẾU CHẤM ĐỀ ÁN", "Thành viên 1", "Thành viên 5",
                "Nội dung đề án: sự cần thiết, mục tiêu, giải pháp", "Tính khả thi của đề án", "SỞ NỘI VỤ THÀNH PHỐ");
        // members who do not sign the summary stay hidden behind their numbers
        assertThat(text.flat()).doesNotContain("Đặng Thị Mỹ Duyên", "Phạm Ngọc Ẩn", "Ngô Thị Xuân Hương",
                "Tạ Hữu Nghĩa");
        assertThat(row(text, "Nguyễn Thị Ánh Tuyết")).contains("80,25", "Trung bình cộng", "81,3", "5/6 (83,33%)");
        assertThat(row(text, "Trần Đức Lợi")).contains("Trưởng ban quyết định", "75,5", "3/6 (50%)");
        assertThat(text.flat())
                .contains("Trần Đức Lợi – Trưởng ban quyết định: 75,5 điểm. Lý do: hai thành viên chấm lệch");
        assertThat(text.flat()).contains("Chủ tịch Hội đồng quyết định (chờ quyết định)", "2/6 (33,33%)");
        assertThat(text.flat()).contains("không quá 5 điểm",
                "Chênh lệch từ 10 điểm trở lên thì Chủ tịch Hội đồng quyết định");
    }

    @Test
    void namedMembersHeadTheirColumns() throws IOException {
        Paper text = text("part2-named", LeadershipPdf.part2Summary(ballots(true, false), null));

        assertThat(text.flat()).contains("Đặng Thị Mỹ Duyên", "Phạm Ngọc Ẩn", "Ngô Thị Xuân Hương", "Tạ Hữu Nghĩa")
                .doesNotContain("Thành viên 1", "Thành viên 5");
        // no confidence vote in this campaign: a dash, no percentage
        assertThat(row(text, "Nguyễn Thị Ánh Tuyết")).contains("81,3 —");
        assertThat(text.flat()).doesNotContain("%");
    }

    // ------------------------------------------------------------ the result

    /** A post's candidates through the rule itself, as the service will do it. */
    private record Decided(List<Entry> entries, Outcome outcome) {
    }

    private static Decided decide(Settings s, Long choice, CouncilDecision decision, Object... rows) {
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (int i = 0; i < rows.length; i += 3) {
            long id = i / 3 + 1;
            names.put(id, (String) rows[i]);
            candidates.add(new Candidate(id, bd((String) rows[i + 1]), bd((String) rows[i + 2])));
        }
        LeadershipResultRule.Result result = LeadershipResultRule.decide(candidates, s, choice);
        List<Entry> entries = result.lines().stream().map(l -> {
            Candidate c = candidates.get((int) l.id() - 1);
            return new Entry(l.id(), names.get(l.id()), c.part1(), c.part2(), l.standing(), l.finalScore());
        }).toList();
        return new Decided(entries, Outcome.of(result, decision));
    }

    private static Decided winner() {
        return decide(DEFAULTS, null, null, "Trần Đức Lợi", "68", "75.5", "Nguyễn Thị Ánh Tuyết", "72.5", "81.3",
                "Phạm Ngọc Ẩn", "49.5", null);
    }

    private static Decided noWinner() {
        return decide(DEFAULTS, null, null, "Lê Văn Hưởng", "60", "48.5", "Đỗ Thị Hằng", "40", null);
    }

    private static final CouncilDecision TIE_DECISION = new CouncilDecision(
            "Hội đồng thi tuyển, phiên họp ngày 20/9/2025 do Chủ tịch Lê Văn Thịnh chủ trì",
            "thí sinh Vũ Thị Thu Hà có điểm phần thi viết cao hơn");

    private static Decided councilDecided() {
        // ids by order: Hoàng Minh Khôi 1, Vũ Thị Thu Hà 2
        return decide(DEFAULTS, 2L, TIE_DECISION, "Hoàng Minh Khôi", "70", "80", "Vũ Thị Thu Hà", "75", "80");
    }

    private static byte[] minutes(Decided d, Settings s) {
        return LeadershipPdf.resultMinutes(new ResultMinutes(HEAD, "09/BB-HĐTT", DATE, CAMPAIGN, HEAD_OF_STAFF, s,
                d.entries(), d.outcome(), COUNCIL), null);
    }

    @Test
    void theWinnerIsNamedWithTheScore() throws IOException {
        Paper text = text("result-winner", minutes(winner(), DEFAULTS));

        assertThat(text.flat()).contains("Người trúng tuyển: Nguyễn Thị Ánh Tuyết (81,3 điểm).",
                "Kết quả thi tuyển chức danh lãnh đạo, quản lý cấp phòng",
                "phần 1 (thi viết) là điều kiện, phải đạt từ 50 điểm trở lên; điểm phần 2 (đề án) là điểm xét "
                        + "trúng tuyển", "SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG")
                .doesNotContain("Không có người trúng tuyển", "Hội đồng quyết định chọn");
        assertThat(row(text, "Nguyễn Thị Ánh Tuyết")).contains("72,5", "81,3", "Trúng tuyển");
        assertThat(row(text, "Trần Đức Lợi")).contains("68", "75,5", "Không trúng tuyển");
        assertThat(row(text, "Phạm Ngọc Ẩn")).contains("49,5", "Không đạt phần 1 (dưới 50 điểm)");
        for (Member m : COUNCIL) {
            assertThat(text.flat()).contains(m.fullName());
        }
        assertThat(text.flat()).contains("PHÓ CHỦ TỊCH HỘI ĐỒNG", "THƯ KÝ HỘI ĐỒNG", "ỦY VIÊN HỘI ĐỒNG");
    }

    @Test
    void noWinnerIsSaidPlainly() throws IOException {
        Paper text = text("result-nowinner", minutes(noWinner(), DEFAULTS));

        assertThat(text.flat()).contains("Không có người trúng tuyển: không thí sinh nào đạt từ 50 điểm trở lên.")
                .doesNotContain("Người trúng tuyển:");
        assertThat(row(text, "Lê Văn Hưởng")).contains("48,5", "Không trúng tuyển (dưới 50 điểm)");
    }

    @Test
    void aSumIsOn200AndSoIsItsWinningMark() throws IOException {
        Settings sum = new Settings(Combination.SUM, bd("50"), 0, bd("50"));
        Paper text = text("result-sum", minutes(decide(sum, null, null, "Lê Văn Hưởng", "50", "45",
                "Đỗ Thị Hằng", "52", "40"), sum));

        assertThat(text.flat()).contains("tổng điểm phần 1 và phần 2 (thang điểm 200)",
                "Không có người trúng tuyển: không thí sinh nào đạt từ 100 điểm trở lên.");
        assertThat(row(text, "Lê Văn Hưởng")).contains("95");
    }

    @Test
    void weightsNameTheirShareAndTheWinnerHasTheWeightedScore() throws IOException {
        Settings weights = new Settings(Combination.WEIGHTS, bd("50"), 40, bd("50"));
        Paper text = text("result-weights", minutes(decide(weights, null, null, "Nguyễn Thị Ánh Tuyết", "72.5",
                "81.3", "Trần Đức Lợi", "90", "70"), weights));

        // 0.4 × 72.5 + 0.6 × 81.3 = 77.78; 0.4 × 90 + 0.6 × 70 = 78
        assertThat(text.flat()).contains("điểm phần 1 hệ số 40% cộng điểm phần 2 hệ số 60%",
                "Người trúng tuyển: Trần Đức Lợi (78 điểm).");
        assertThat(row(text, "Nguyễn Thị Ánh Tuyết")).contains("77,78", "Không trúng tuyển");
    }

    @Test
    void theCouncilsChoiceIsRecordedWithWhoAndWhy() throws IOException {
        Paper text = text("result-council", minutes(councilDecided(), DEFAULTS));

        assertThat(text.flat()).contains("Các thí sinh Hoàng Minh Khôi và Vũ Thị Thu Hà bằng điểm cao nhất (80 điểm).",
                "Hội đồng quyết định chọn Vũ Thị Thu Hà là người trúng tuyển.",
                "Người ghi nhận quyết định: " + TIE_DECISION.decidedBy(), "Lý do: " + TIE_DECISION.reason());
        assertThat(row(text, "Vũ Thị Thu Hà")).contains("Trúng tuyển (Hội đồng quyết định)");
        assertThat(row(text, "Hoàng Minh Khôi")).contains("Không trúng tuyển");
    }

    @Test
    void anUndecidedTieGoesToTheCouncil() throws IOException {
        Paper text = text("result-tie", minutes(decide(DEFAULTS, null, null, "Hoàng Minh Khôi", "70", "80",
                "Vũ Thị Thu Hà", "75", "80"), DEFAULTS));

        assertThat(text.flat()).contains("Các thí sinh Hoàng Minh Khôi và Vũ Thị Thu Hà bằng điểm cao nhất (80 điểm): "
                + "Hội đồng thi tuyển xem xét, quyết định người trúng tuyển.").doesNotContain("Người trúng tuyển:");
    }

    // ------------------------------------------------------------ the report

    @Test
    void theReportProposesEachWinnerAndListsTheWithdrawnPost() throws IOException {
        Decided w = winner();
        Decided none = noWinner();
        Decided tie = councilDecided();
        Paper text = text("report", LeadershipPdf.report(new Report(HEAD, "15/BC-HĐTT", DATE, CAMPAIGN,
                "Giám đốc Sở Y tế thành phố Hải Phòng", DEFAULTS, List.of(
                        ReportPost.held(HEAD_OF_STAFF, w.entries(), w.outcome()),
                        ReportPost.held(HEAD_OF_PLANNING, none.entries(), none.outcome()),
                        ReportPost.withdrawn(DEPUTY_OF_INSPECTION, "chỉ có 01 thí sinh đủ điều kiện dự thi"),
                        ReportPost.held(HEAD_OF_PHARMACY, tie.entries(), tie.outcome())),
                "Lê Văn Thịnh"), "ThiTuyen"));

        assertThat(text.flat()).contains("SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG", "Số: 15/BC-HĐTT", "BÁO CÁO",
                "Kính gửi: Giám đốc Sở Y tế thành phố Hải Phòng",
                "1. Trưởng phòng Tổ chức cán bộ, Sở Y tế",
                "2. Trưởng phòng Kế hoạch – Tài chính, Sở Y tế",
                "3. Phó Chánh Thanh tra Sở, Sở Y tế",
                "Không tổ chức thi: chỉ có 01 thí sinh đủ điều kiện dự thi.",
                "4. Trưởng phòng Nghiệp vụ Dược, Sở Y tế",
                "Người trúng tuyển: Nguyễn Thị Ánh Tuyết (81,3 điểm).",
                "Không có người trúng tuyển: không thí sinh nào đạt từ 50 điểm trở lên.",
                "Hội đồng quyết định chọn Vũ Thị Thu Hà là người trúng tuyển.",
                "Hội đồng thi tuyển đề nghị Giám đốc Sở Y tế thành phố Hải Phòng xem xét, quyết định bổ nhiệm:",
                "– Nguyễn Thị Ánh Tuyết, giữ chức vụ Trưởng phòng Tổ chức cán bộ, Sở Y tế.",
                "– Vũ Thị Thu Hà, giữ chức vụ Trưởng phòng Nghiệp vụ Dược, Sở Y tế.",
                "Nơi nhận:", "TM. HỘI ĐỒNG THI TUYỂN CHỦ TỊCH", "Lê Văn Thịnh")
                .doesNotContain("giữ chức vụ Trưởng phòng Kế hoạch", "giữ chức vụ Phó Chánh Thanh tra",
                        "Lê Văn Hưởng, giữ chức vụ");
        // the withdrawn post has no table and no verdict of its own
        String withdrawn = text.flat().substring(text.flat().indexOf("3. Phó Chánh Thanh tra"),
                text.flat().indexOf("4. Trưởng phòng"));
        assertThat(withdrawn).doesNotContain("trúng tuyển", "Số thí sinh");
    }

    @Test
    void aReportWithoutWinnersProposesNobodyAndLeavesTheNumberToTheClerk() throws IOException {
        Decided none = noWinner();
        Paper text = text("report-none", LeadershipPdf.report(new Report(HEAD, null, DATE, CAMPAIGN,
                "Giám đốc Sở Y tế", DEFAULTS, List.of(ReportPost.held(HEAD_OF_PLANNING, none.entries(),
                        none.outcome())), "Lê Văn Thịnh"), null));

        assertThat(text.flat()).contains("/BC-HĐTT", "Không có người trúng tuyển để đề nghị bổ nhiệm.")
                .doesNotContain("đề nghị Giám đốc", "giữ chức vụ");
    }

    // ------------------------------------------------------------ pieces

    @ParameterizedTest(name = "{0} + {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        Trưởng phòng        | Phòng Tổ chức cán bộ | Sở Y tế | Trưởng phòng Tổ chức cán bộ, Sở Y tế
        Phó Trưởng phòng    | phòng Kế hoạch       | Sở Y tế | Phó Trưởng phòng Kế hoạch, Sở Y tế
        Chánh Văn phòng     | Văn phòng Sở         | Sở Y tế | Chánh Văn phòng Sở, Sở Y tế
        Phó Chánh Thanh tra | Thanh tra Sở         | Sở Y tế | Phó Chánh Thanh tra Sở, Sở Y tế
        Giám đốc            | Trung tâm Y tế Kiến An | Sở Y tế | Giám đốc Trung tâm Y tế Kiến An, Sở Y tế
        """)
    void aPostReadsAsVietnameseWritesIt(String title, String division, String agency, String expected) {
        assertThat(LeadershipPdf.post(new Post(title, division, agency))).isEqualTo(expected);
    }

    @Test
    void everyKeyOfThePapersIsTranslatedAndAValidPattern() throws IOException {
        Properties vi = load("i18n/messages.properties");
        Properties en = load("i18n/messages_en.properties");
        List<String> keys = vi.stringPropertyNames().stream().filter(k -> k.startsWith("leadership.pdf.")).toList();
        assertThat(keys).hasSizeGreaterThan(50);
        Object[] params = {"A", 1, 2, "B", "C"};
        for (String k : keys) {
            assertThat(en.getProperty(k)).as(k).isNotBlank();
            // both are MessageFormat patterns: a stray apostrophe or brace shows here, not on a printed paper
            assertThat(Messages.get(Messages.ENGLISH, k, params)).as(k).doesNotContain("'{", "!" + k);
            assertThat(Messages.vi(k, params)).as(k).doesNotStartWith("!");
        }
        assertThat(Messages.get(Messages.ENGLISH, "leadership.pdf.col.marker1")).isEqualTo("First marker's mark");
    }

    // ------------------------------------------------------------ helpers

    private static BigDecimal bd(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static List<BigDecimal> scores(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    /** A paper's text: line by line, and flat (lines joined by a blank) for sentences that wrap. */
    private record Paper(String lines) {
        String flat() {
            return lines.replace('\n', ' ');
        }
    }

    /**
     * The text of one table row: the line that starts with the row's number and holds the name, and the lines its
     * wrapped or bold cells go on (up to the next row, at most three).
     */
    private static String row(Paper text, String name) {
        List<String> lines = text.lines().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(name) && lines.get(i).matches("^\\d+ .*")) {
                StringBuilder row = new StringBuilder(lines.get(i));
                for (int k = i + 1; k < Math.min(lines.size(), i + 4) && !lines.get(k).matches("^\\d+ .*"); k++) {
                    row.append(' ').append(lines.get(k));
                }
                return row.toString();
            }
        }
        throw new AssertionError("no row for " + name + " in:\n" + text.lines());
    }

    /** The PDF's text (NFC, blanks collapsed within a line), the file kept for a look: target/pdf/leadership-*.pdf. */
    private static Paper text(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve("leadership-" + name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertThat(text).as("every label translated").doesNotContain("!leadership", "!pdf.", "!roomSheet");
            return new Paper(text.lines().map(l -> l.strip().replaceAll("\\s+", " "))
                    .reduce((a, b) -> a + "\n" + b).orElse(""));
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LeadershipPdfTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
