package vn.thituyen.questionbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.audit.domain.AuditEntryRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.identity.Role;
import vn.thituyen.questionbank.BlueprintService.Coverage;
import vn.thituyen.questionbank.BlueprintService.RowSpec;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.DrawnQuestion;
import vn.thituyen.questionbank.QuestionBankService.QuestionDetail;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.QuestionExchangeService.ImportPreview;
import vn.thituyen.questionbank.format.ImportException;
import vn.thituyen.questionbank.format.ImportProblem;

/** The question board's bank: workflow, versions, imports with preview, blueprints, confidentiality. */
@ApplicationTest
class QuestionBankServiceTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired Scenario s;
    @Autowired QuestionBankService banks;
    @Autowired vn.thituyen.questionbank.ExamQuestions examQuestions;
    @Autowired vn.thituyen.questionbank.QuestionAuthoring authoring;
    @Autowired QuestionExchangeService exchange;
    @Autowired BlueprintService blueprints;
    @Autowired AuditEntryRepository audit;

    private BankInfo newBank() {
        String code = "T" + SEQ.incrementAndGet();
        return s.as("author1", Role.AUTHOR, () -> banks.createBank(code, "Ngân hàng thử " + code,
                Subject.PROFESSIONAL, null, "VT01"));
    }

    private static QuestionContent single(String stem, Long topic, Difficulty d, String... options) {
        return new QuestionContent(QuestionType.SINGLE, TextFormat.PLAIN, stem, List.of(options), Set.of(0), topic, d,
                "Luật Cán bộ, công chức 2008", List.of("luật"), null, List.of());
    }

    @Test
    void aQuestionIsDrawnOnlyAfterAnotherMemberReviewedItAndTheChairApprovedIt() {
        BankInfo bank = newBank();
        long id = s.as("author1", Role.AUTHOR, () -> authoring.createQuestion(bank.id(),
                single("Công chức là công dân Việt Nam được tuyển dụng vào đâu?", null, Difficulty.EASY,
                        "Ngạch, chức vụ, chức danh", "Doanh nghiệp tư nhân", "Tổ chức quốc tế")));
        assertThat(examQuestions.poolSize(bank.id())).isZero();

        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> authoring.review(List.of(id))))
                .isInstanceOf(DomainException.class).hasMessage("question.error.ownQuestion");
        assertThatThrownBy(() -> s.as("chair", Role.CHAIR, () -> authoring.approve(List.of(id))))
                .isInstanceOf(DomainException.class).hasMessage("question.error.notReviewed");
        assertThatThrownBy(() -> s.as("author2", Role.AUTHOR, () -> authoring.approve(List.of(id))))
                .isInstanceOf(AccessDeniedException.class);

        s.as("author2", Role.AUTHOR, () -> authoring.review(List.of(id)));
        assertThat(examQuestions.poolSize(bank.id())).isZero();
        s.as("chair", Role.CHAIR, () -> authoring.approve(List.of(id)));
        assertThat(examQuestions.poolSize(bank.id())).isEqualTo(1);

        QuestionDetail d = s.as("author1", Role.AUTHOR, () -> banks.question(id));
        assertThat(d.history()).extracting(QuestionBankService.HistoryLine::action)
                .containsExactly("CREATED", "REVIEWED", "APPROVED");
        assertThat(d.history()).extracting(QuestionBankService.HistoryLine::actor)
                .containsExactly("author1", "author2", "chair");
        assertThat(d.row().reviewedBy()).isEqualTo("author2");
        assertThat(d.row().approvedBy()).isEqualTo("chair");
    }

    @Test
    void editingAnApprovedQuestionMakesANewVersionAndThePaperKeepsTheOldOne() {
        BankInfo bank = newBank();
        long v1 = approved(bank, single("Hiến pháp năm 2013 có bao nhiêu chương?", null, Difficulty.MEDIUM,
                "11 chương", "10 chương", "12 chương"));
        // a paper drew version 1
        s.as("chair", Role.CHAIR, () -> {
            examQuestions.markUsed(List.of(v1));
            return null;
        });
        Map<Long, QuestionText> before = examQuestions.questionTexts(List.of(v1));

        long v2 = s.as("author1", Role.AUTHOR, () -> authoring.editQuestion(v1,
                single("Hiến pháp năm 2013 gồm bao nhiêu chương?", null, Difficulty.MEDIUM,
                        "11 chương", "9 chương", "12 chương")));
        assertThat(v2).isNotEqualTo(v1);
        QuestionDetail d2 = s.as("author1", Role.AUTHOR, () -> banks.question(v2));
        assertThat(d2.row().version()).isEqualTo(2);
        assertThat(d2.row().status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(d2.row().familyId()).isEqualTo(v1);
        // version 1 is untouched and still the one drawn
        assertThat(examQuestions.questionTexts(List.of(v1)).get(v1)).isEqualTo(before.get(v1));
        assertThat(examQuestions.poolSize(bank.id())).isEqualTo(1);
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> authoring.editQuestion(v1,
                single("Khác", null, null, "a", "b"))))
                .isInstanceOf(DomainException.class).hasMessage("question.error.notNewest");

        s.as("author2", Role.AUTHOR, () -> authoring.review(List.of(v2)));
        s.as("chair", Role.CHAIR, () -> authoring.approve(List.of(v2)));
        QuestionDetail d1 = s.as("author1", Role.AUTHOR, () -> banks.question(v1));
        assertThat(d1.row().status()).isEqualTo(QuestionStatus.SUPERSEDED);
        assertThat(d1.content().stem()).isEqualTo("Hiến pháp năm 2013 có bao nhiêu chương?");
        assertThat(examQuestions.answerKeys(List.of(v1, v2))).containsEntry(v1, Set.of(0)).containsEntry(v2, Set.of(0));
        // one version of the question in the pool, the new one
        assertThat(examQuestions.poolSize(bank.id())).isEqualTo(1);
        assertThat(s.as("author1", Role.AUTHOR, () -> banks.questions(bank.id())))
                .singleElement().satisfies(r -> assertThat(r.id()).isEqualTo(v2));
    }

    @Test
    void theBoardsListPagesFromTheDatabaseWithItsFiltersAppliedThere() {
        BankInfo bank = newBank();
        for (int i = 1; i <= 7; i++) {
            int n = i;
            s.as("author1", Role.AUTHOR, () -> authoring.createQuestion(bank.id(), single("Câu hỏi số " + n
                    + (n % 2 == 0 ? " về Hiến pháp" : " về công vụ"), null, n <= 3 ? Difficulty.HARD : Difficulty.EASY,
                    "Một", "Hai")));
        }
        var none = QuestionBankService.QuestionFilter.NONE;
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.countQuestions(bank.id(), none))).isEqualTo(7);
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.questions(bank.id(), none, 0, 5))).hasSize(5);
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.questions(bank.id(), none, 1, 5)))
                .extracting(QuestionBankService.QuestionRow::stemText)
                .containsExactly("Câu hỏi số 6 về Hiến pháp", "Câu hỏi số 7 về công vụ");
        var hienPhap = new QuestionBankService.QuestionFilter(null, null, null, "HIẾN pháp");
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.countQuestions(bank.id(), hienPhap))).isEqualTo(3);
        var hard = new QuestionBankService.QuestionFilter(null, QuestionStatus.DRAFT, Difficulty.HARD, null);
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.countQuestions(bank.id(), hard))).isEqualTo(3);
        var wildcard = new QuestionBankService.QuestionFilter(null, null, null, "%");
        assertThat(s.as("author2", Role.AUTHOR, () -> banks.countQuestions(bank.id(), wildcard)))
                .as("a typed % is no wildcard").isEqualTo(7);
    }

    @Test
    void preparingPapersMarksTheDrawnVersionsSoAnEditMakesANewVersion() {
        Scenario.Campaign c = s.newCampaign();
        long a = s.apply(c, c.position1, "Lý Thường Kiệt", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(a);
        long part = s.parts.findByAttemptIdOrderByPartNo(attempt).get(0).getId();
        long drawn = s.items.findByAttemptPartIdOrderBySeq(part).get(0).getQuestionId();
        QuestionDetail d = s.as("chair", Role.CHAIR, () -> banks.question(drawn));
        assertThat(d.row().used()).isTrue();
        assertThat(d.row().status()).isEqualTo(QuestionStatus.APPROVED);
    }

    @Test
    void aDraftNobodyDrewIsChangedInPlaceAndBadContentIsRefusedPerField() {
        BankInfo bank = newBank();
        long id = s.as("author1", Role.AUTHOR, () -> authoring.createQuestion(bank.id(),
                single("Câu nháp?", null, null, "Có", "Không")));
        long same = s.as("author1", Role.AUTHOR, () -> authoring.editQuestion(id,
                single("Câu nháp đã sửa?", null, null, "Có", "Không")));
        assertThat(same).isEqualTo(id);
        assertThat(s.as("author1", Role.AUTHOR, () -> banks.question(id)).content().stem()).isEqualTo("Câu nháp đã sửa?");

        QuestionContent bad = new QuestionContent(QuestionType.SINGLE, TextFormat.PLAIN, " ", List.of("A", "A"),
                Set.of(0, 1), null, null, null, List.of(), null, List.of());
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> authoring.createQuestion(bank.id(), bad)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("stem", "validation.required")
                        .containsEntry("options", "question.error.sameOption")
                        .containsEntry("key", "question.error.oneKey"));
    }

    @Test
    void htmlIsCleanedAndImagesTravelInlineToTheScreen() {
        BankInfo bank = newBank();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        QuestionContent html = new QuestionContent(QuestionType.SINGLE, TextFormat.HTML,
                "<p onclick=\"alert(1)\">Xem hình <img src=\"@@PLUGINFILE@@/so-do.png\"> và chọn:</p>"
                        + "<script>steal()</script><img src=\"http://evil.example/track.gif\">",
                List.of("<b>Sơ đồ 1</b>", "Sơ đồ 2"), Set.of(0), null, null, null, List.of(), null,
                List.of(new QuestionContent.File("so-do.png", "image/png", png)));
        long id = approved(bank, html);
        QuestionText t = examQuestions.questionTexts(List.of(id)).get(id);
        assertThat(t.html()).isTrue();
        assertThat(t.stem()).doesNotContain("script", "onclick", "evil.example", "@@PLUGINFILE@@")
                .contains("<img src=\"data:image/png;base64,").contains("Xem hình");
        assertThat(t.options().get(0)).isEqualTo("<b>Sơ đồ 1</b>");
    }

    @Test
    void importIsPreviewedWithDuplicatesAndRefusedWholeWhenAnyLineIsBad() {
        BankInfo bank = newBank();
        String good = """
                Cơ quan nào ban hành Luật Cán bộ, công chức?
                A. Quốc hội
                B. Chính phủ
                ANSWER: A

                Câu hỏi thứ hai về công vụ?
                A. Đúng
                B. Sai
                C. Không rõ
                ANSWER: B

                Cơ quan nào ban hành Luật Cán bộ, công chức?
                A. Chính phủ
                B. Quốc hội
                ANSWER: B
                """;
        ImportPreview p = s.as("author1", Role.AUTHOR, () -> exchange.preview(bank.id(), "aiken",
                good.getBytes(StandardCharsets.UTF_8), null));
        assertThat(p.problems()).isEmpty();
        assertThat(p.items()).hasSize(3);
        assertThat(p.items().get(2).duplicateOf()).isEqualTo("@1");
        assertThat(s.as("author1", Role.AUTHOR, () -> banks.bank(bank.id())).count(QuestionStatus.DRAFT)).isZero();

        var result = s.as("author1", Role.AUTHOR, () -> exchange.importFile(bank.id(), "aiken",
                good.getBytes(StandardCharsets.UTF_8), null, true, false));
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.duplicatesSkipped()).isEqualTo(1);
        assertThat(s.as("author1", Role.AUTHOR, () -> banks.bank(bank.id())).count(QuestionStatus.DRAFT)).isEqualTo(2);
        // the same file again: everything is already there
        ImportPreview again = s.as("author1", Role.AUTHOR, () -> exchange.preview(bank.id(), "aiken",
                good.getBytes(StandardCharsets.UTF_8), null));
        assertThat(again.items()).allSatisfy(i -> assertThat(i.duplicateOf()).startsWith("#"));
        // and the preview says what will really happen: nothing new, all three already in the bank
        assertThat(again.toCreate(true)).isZero();
        assertThat(again.duplicatesInBank()).isEqualTo(3);
        assertThat(again.duplicatesInFile()).isZero();
        assertThat(again.toCreate(false)).isEqualTo(3);

        String bad = good + "\nCâu không có đáp án?\nA. x\nB. y\n";
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> exchange.importFile(bank.id(), "aiken",
                bad.getBytes(StandardCharsets.UTF_8), null, false, false)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems())
                        .anySatisfy(x -> assertThat(x.line()).isEqualTo(19)));
        assertThat(s.as("author1", Role.AUTHOR, () -> banks.bank(bank.id())).count(QuestionStatus.DRAFT)).isEqualTo(2);
        // only the chair brings in questions as approved
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> exchange.importFile(bank.id(), "aiken",
                good.getBytes(StandardCharsets.UTF_8), null, false, true)))
                .isInstanceOf(DomainException.class).hasMessage("error.forbidden");
    }

    @Test
    void aFileRefusedForAnImageNamesTheImageAndTheQuestion() throws Exception {
        BankInfo bank = newBank();
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(700, 700,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < 700; x++) {
            for (int y = 0; y < 700; y++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(noise, "png", png);
        assertThat(png.size()).isGreaterThan(QuestionContent.MAX_FILE_BYTES);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice">
                    <name><text>Sơ đồ lớn</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Sơ đồ <img src="@@PLUGINFILE@@/so-do.png"></p>]]></text>
                      <file name="so-do.png" path="/" encoding="base64">%s</file>
                    </questiontext>
                    <answer fraction="100"><text>A</text></answer>
                    <answer fraction="0"><text>B</text></answer>
                  </question>
                </quiz>
                """.formatted(java.util.Base64.getEncoder().encodeToString(png.toByteArray()));
        ImportPreview p = s.as("author1", Role.AUTHOR, () -> exchange.preview(bank.id(), "moodlexml",
                xml.getBytes(StandardCharsets.UTF_8), null));
        assertThat(p.problems()).containsExactly(new ImportProblem(3, "import.question.mediaTooLarge", "so-do.png",
                "Sơ đồ"));
    }

    @Test
    void onlyTheBoardSeesQuestionsAndEveryLookIsRecorded() {
        BankInfo bank = newBank();
        approved(bank, single("Câu bí mật?", null, null, "Một", "Hai"));
        assertThatThrownBy(() -> s.as("sec", Role.SECRETARY, () -> banks.questions(bank.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.as("adm", Role.ADMIN, () -> exchange.export(bank.id(), "aiken",
                EnumSet.allOf(QuestionStatus.class)))).isInstanceOf(AccessDeniedException.class);
        assertThat(s.as("sec", Role.SECRETARY, () -> banks.banks())).isNotEmpty();
        long before = audit.count();
        s.as("author1", Role.AUTHOR, () -> banks.questions(bank.id()));
        assertThat(audit.findTop500ByOrderByIdDesc().get(0).getAction()).isEqualTo("BankAccessed");
        assertThat(audit.findTop500ByOrderByIdDesc().get(0).getDetails()).contains("kind=LIST", bank.code());
        assertThat(audit.count()).isEqualTo(before + 1);
    }

    /** TT 6/2020/TT-BNV Art. 19: a paper is not drawn from a pool under 3 × its questions; said with both numbers. */
    @Test
    void aPaperIsNotDrawnFromAPoolUnderThreeTimesItsQuestions() {
        BankInfo bank = newBank();
        for (int i = 0; i < 5; i++) {
            approved(bank, single("Câu về nhóm nhỏ số " + i, null, null, "Có " + i, "Không " + i));
        }
        long campaign = 900_000 + SEQ.incrementAndGet();
        assertThatThrownBy(() -> blueprints.drawer(campaign, 1, bank.id(), 2))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.bank.tooSmall");
                    assertThat(vn.thituyen.common.Messages.vi(e.messageKey(), e.params()))
                            .contains("5").contains("6");
                });
        assertThat(s.as("author1", Role.AUTHOR, () -> blueprints.coverage(campaign, 1, bank.id(), 2)).covered())
                .isFalse();
        approved(bank, single("Câu về nhóm nhỏ số 5", null, null, "Có", "Không"));
        assertThat(blueprints.drawer(campaign, 1, bank.id(), 2).draw(new java.util.Random(7))).hasSize(2);
    }

    @Test
    void blueprintRowsMustBeDisjointAddUpAndBeCoveredThreeTimes() {
        BankInfo bank = newBank();
        TopicInfo law = s.as("author1", Role.AUTHOR, () -> banks.createTopic(bank.id(), null, "Pháp luật"));
        TopicInfo cs = s.as("author1", Role.AUTHOR, () -> banks.createTopic(bank.id(), law.id(), "Công chức"));
        TopicInfo history = s.as("author1", Role.AUTHOR, () -> banks.createTopic(bank.id(), null, "Lịch sử"));
        assertThat(cs.path()).isEqualTo("Pháp luật / Công chức");
        for (int i = 0; i < 9; i++) {
            approved(bank, single("Công chức câu " + i, cs.id(), Difficulty.EASY, "a" + i, "b" + i, "c" + i));
        }
        for (int i = 0; i < 6; i++) {
            approved(bank, single("Lịch sử câu " + i, history.id(), Difficulty.HARD, "x" + i, "y" + i));
        }
        long campaign = 900_000 + SEQ.incrementAndGet();
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> blueprints.saveBlueprint(campaign, 1, bank.id(), 5,
                List.of(new RowSpec(law.id(), null, 3), new RowSpec(cs.id(), Difficulty.EASY, 2)))))
                .isInstanceOf(DomainException.class).hasMessage("blueprint.error.overlap");
        assertThatThrownBy(() -> s.as("author1", Role.AUTHOR, () -> blueprints.saveBlueprint(campaign, 1, bank.id(), 5,
                List.of(new RowSpec(law.id(), null, 3)))))
                .isInstanceOf(DomainException.class).hasMessage("blueprint.error.total");

        Coverage c = s.as("author1", Role.AUTHOR, () -> blueprints.saveBlueprint(campaign, 1, bank.id(), 5,
                List.of(new RowSpec(law.id(), null, 3), new RowSpec(history.id(), Difficulty.HARD, 2))));
        assertThat(c.rows()).extracting(BlueprintService.RowCoverage::available).containsExactly(9L, 6L);
        assertThat(c.rows()).allMatch(BlueprintService.RowCoverage::covered);
        assertThat(c.covered()).isTrue();

        var drawer = blueprints.drawer(campaign, 1, bank.id(), 5);
        Map<Long, String> stems = new HashMap<>();
        s.as("author1", Role.AUTHOR, () -> banks.questions(bank.id()))
                .forEach(r -> stems.put(r.id(), r.topicPath()));
        for (int paper = 0; paper < 50; paper++) {
            List<DrawnQuestion> drawn = drawer.draw(new SecureRandom());
            assertThat(drawn).hasSize(5);
            assertThat(drawn.stream().map(DrawnQuestion::questionId).distinct()).hasSize(5);
            assertThat(drawn.stream().filter(d -> stems.get(d.questionId()).startsWith("Pháp luật"))).hasSize(3);
            assertThat(drawn.stream().filter(d -> stems.get(d.questionId()).equals("Lịch sử"))).hasSize(2);
        }

        // one more history question drawn than the pool covers 3 times: the part cannot be prepared
        s.as("author1", Role.AUTHOR, () -> blueprints.saveBlueprint(campaign, 1, bank.id(), 5,
                List.of(new RowSpec(law.id(), null, 2), new RowSpec(history.id(), Difficulty.HARD, 3))));
        assertThatThrownBy(() -> blueprints.drawer(campaign, 1, bank.id(), 5))
                .isInstanceOf(DomainException.class).hasMessage("blueprint.error.notCovered");
        assertThatThrownBy(() -> blueprints.drawer(campaign, 1, bank.id(), 4))
                .isInstanceOf(DomainException.class).hasMessage("blueprint.error.total");

        s.as("author1", Role.AUTHOR, () -> blueprints.saveBlueprint(campaign, 1, bank.id(), 5,
                List.of(new RowSpec(law.id(), null, 3), new RowSpec(history.id(), Difficulty.HARD, 2))));
        var sample = s.as("author1", Role.AUTHOR, () -> blueprints.samplePaper(campaign, 1, bank.id(), 5));
        assertThat(sample).hasSize(5).allSatisfy(q -> assertThat(q.key()).isEqualTo("A"));
        assertThat(sample.stream().filter(q -> q.topicPath().equals("Lịch sử"))).hasSize(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "ktc-mau.gift.txt, gift", "ktc-mau.moodle.xml, moodlexml", "ktc-mau.qti21.zip, qti21",
            "ktc-mau.xlsx, xlsx", "english.aiken.txt, aiken"})
    void eachSampleBankImportsWholeAndItsExportReadsBackAsTheSameQuestions(String file, String format)
            throws Exception {
        BankInfo bank = newBank();
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("question-banks", file));
        ImportPreview preview = s.as("chair", Role.CHAIR, () -> exchange.preview(bank.id(), format, bytes, null));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.items()).isNotEmpty();
        var result = s.as("chair", Role.CHAIR, () -> exchange.importFile(bank.id(), format, bytes, null, true, true));
        assertThat(result.created()).isEqualTo(preview.items().size() - (int) preview.duplicates());
        BankInfo after = s.as("chair", Role.CHAIR, () -> banks.bank(bank.id()));
        assertThat(after.count(QuestionStatus.APPROVED)).isEqualTo(result.created());

        var exported = s.as("chair", Role.CHAIR, () -> exchange.export(bank.id(), format,
                EnumSet.of(QuestionStatus.APPROVED)));
        assertThat(exported.omitted()).isEmpty();
        assertThat(exported.written()).isEqualTo(result.created());
        ImportPreview again = s.as("chair", Role.CHAIR, () -> exchange.preview(bank.id(), format, exported.data(),
                null));
        assertThat(again.problems()).isEmpty();
        assertThat(again.items()).hasSize(result.created())
                .allSatisfy(i -> assertThat(i.duplicateOf()).as("line %d", i.draft().line()).startsWith("#"));
        // topics came with the file
        List<String> topicPaths = s.as("chair", Role.CHAIR, () -> banks.topics(bank.id())).stream()
                .map(TopicInfo::path).toList();
        assertThat(again.items()).allSatisfy(i -> assertThat(i.topicPath().isEmpty()
                || topicPaths.contains(i.topicPath())).isTrue());
    }

    private long approved(BankInfo bank, QuestionContent content) {
        long id = s.as("author1", Role.AUTHOR, () -> authoring.createQuestion(bank.id(), content));
        s.as("author2", Role.AUTHOR, () -> authoring.review(List.of(id)));
        s.as("chair", Role.CHAIR, () -> authoring.approve(List.of(id)));
        return id;
    }
}
