package vn.thituyen.questionbank.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionBankService.QuestionRow;
import vn.thituyen.questionbank.QuestionExchangeService.PreviewItem;
import vn.thituyen.questionbank.QuestionStatus;
import vn.thituyen.questionbank.Subject;
import vn.thituyen.questionbank.format.ImportProblem;

/** The question board's screens: create a bank, write, review and approve a question, import with preview. */
@ApplicationTest
class BankViewsTest extends ViewTestBase {

    @Autowired QuestionBankService banks;
    @Autowired vn.thituyen.questionbank.ExamQuestions examQuestions;
    @Autowired vn.thituyen.questionbank.QuestionAuthoring authoring;

    @Test
    void anAuthorWritesAQuestionAnotherReviewsItAndTheChairApprovesIt() {
        Scenario.Campaign c = newCampaign();
        signIn(c.author1);
        navigate("banks", BanksView.class);
        _click(_get(Button.class, spec -> spec.withId("bank-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("bank-code")), "CN-" + c.tag);
        _setValue(_get(TextField.class, spec -> spec.withId("bank-name")), "Chuyên ngành pháp chế");
        @SuppressWarnings("unchecked")
        ComboBox<Subject> subject = _get(ComboBox.class, spec -> spec.withId("bank-subject"));
        _setValue(subject, Subject.PROFESSIONAL);
        _click(_get(Button.class, spec -> spec.withId("bank-save")));
        // the position code is required for a professional bank
        assertThat(error(_get(TextField.class, spec -> spec.withId("bank-position"))))
                .isEqualTo("Vui lòng nhập thông tin này");
        _setValue(_get(TextField.class, spec -> spec.withId("bank-position")), "VT02");
        _click(_get(Button.class, spec -> spec.withId("bank-save")));
        assertThat(notifications()).contains("Đã tạo ngân hàng CN-" + c.tag + ".");
        BankInfo bank = s.asUser(c.author1, () -> banks.banks()).stream()
                .filter(b -> b.code().equals("CN-" + c.tag)).findFirst().orElseThrow();

        BankView view = navigate("bank/" + bank.id(), BankView.class);
        _click(_get(Button.class, spec -> spec.withId("question-new")));
        _setValue(_get(TextArea.class, spec -> spec.withId("q-stem")),
                "Văn bản quy phạm pháp luật nào có hiệu lực pháp lý cao nhất?");
        _setValue(_get(TextField.class, spec -> spec.withId("q-option-0")), "Hiến pháp");
        _setValue(_get(TextField.class, spec -> spec.withId("q-option-1")), "Luật");
        _setValue(_get(TextField.class, spec -> spec.withId("q-option-2")), "Nghị định");
        _click(_get(Button.class, spec -> spec.withId("q-save")));
        // the fourth option is empty and there is no key yet
        assertThat(error(_get(TextField.class, spec -> spec.withId("q-option-0")))).isNotBlank();
        _setValue(_get(TextField.class, spec -> spec.withId("q-option-3")), "Thông tư");
        _setValue(_get(Checkbox.class, spec -> spec.withId("q-key-0")), true);
        _click(_get(Button.class, spec -> spec.withId("q-save")));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        QuestionRow row = GridKt._get(view.grid, 0);
        assertThat(row.status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(row.key()).isEqualTo("A");
        _assertNone(Button.class, spec -> spec.withId("question-approve"));

        // the author may not review their own question
        view.grid.select(row);
        _click(_get(Button.class, spec -> spec.withId("question-review")));
        assertThat(notifications()).anyMatch(n -> n.contains("Không tự thẩm định câu #" + row.id()));

        signOut();
        signIn(c.author2);
        view = navigate("bank/" + bank.id(), BankView.class);
        view.grid.select(GridKt._get(view.grid, 0));
        _click(_get(Button.class, spec -> spec.withId("question-review")));
        assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(QuestionStatus.REVIEWED);

        signOut();
        signIn(c.chair);
        view = navigate("bank/" + bank.id(), BankView.class);
        _assertNone(Button.class, spec -> spec.withId("question-new"));
        view.grid.select(GridKt._get(view.grid, 0));
        _click(_get(Button.class, spec -> spec.withId("question-approve")));
        confirm();
        assertThat(GridKt._get(view.grid, 0).status()).isEqualTo(QuestionStatus.APPROVED);
        assertThat(s.asUser(c.chair, () -> banks.bank(bank.id())).questionCount()).isEqualTo(1);
    }

    @Test
    void anImportShowsEveryProblemWithItsLineAndThenImportsAGoodFileWhole() {
        Scenario.Campaign c = newCampaign();
        BankInfo bank = s.asUser(c.author1, () -> banks.createBank("IM-" + c.tag, "Nhập thử", Subject.GENERAL_KNOWLEDGE,
                null, null));
        signIn(c.author1);
        navigate("bank/" + bank.id(), BankView.class);
        _click(_get(Button.class, spec -> spec.withId("import-open")));
        ImportDialog dialog = _get(ImportDialog.class);
        String bad = "Câu một?\nA. Có\nB. Không\nANSWER: C\n\nCâu hai?\nA. x\nB. y\n";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "cau-hoi.aiken.txt",
                bad.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._get(problems, 0).line()).isEqualTo(4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Tệp có 2 lỗi, chưa nhập câu nào. Sửa tệp rồi tải lên lại.");
        assertThat(dialog.importButton.isEnabled()).isFalse();

        String good = "Câu một?\nA. Có\nB. Không\nANSWER: B\n\nCâu hai?\nA. x\nB. y\nANSWER: A\n";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "cau-hoi.aiken.txt",
                good.getBytes(StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Grid<PreviewItem> items = _get(Grid.class, spec -> spec.withId("import-items"));
        assertThat(GridKt._size(items)).isEqualTo(2);
        assertThat(GridKt._get(items, 0).key()).isEqualTo("B");
        _assertNone(Checkbox.class, spec -> spec.withId("import-approved"));
        _click(dialog.importButton);
        assertThat(notifications()).contains(
                "Đã nhập 2 câu hỏi ở trạng thái dự thảo; bỏ qua 0 câu trùng và 0 mục không hỗ trợ.");
        assertThat(s.asUser(c.author1, () -> banks.bank(bank.id())).count(QuestionStatus.DRAFT)).isEqualTo(2);
    }

    @Test
    void theImportDialogSpeaksVietnameseAndItsPreviewSaysWhatWillReallyBeImported() {
        Scenario.Campaign c = newCampaign();
        BankInfo bank = s.asUser(c.author1, () -> banks.createBank("RE-" + c.tag, "Nhập lại", Subject.GENERAL_KNOWLEDGE,
                null, null));
        signIn(c.author1);
        navigate("bank/" + bank.id(), BankView.class);
        _click(_get(Button.class, spec -> spec.withId("import-open")));
        ImportDialog dialog = _get(ImportDialog.class);
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Tải tệp lên…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Kéo thả tệp vào đây");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn.");

        String file = "Câu một?\nA. Có\nB. Không\nANSWER: B\n\nCâu hai?\nA. x\nB. y\nANSWER: A\n";
        UploadKt._upload(upload, "cau-hoi.aiken.txt", file.getBytes(StandardCharsets.UTF_8));
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("import-summary"));
        assertThat(summary.getText()).isEqualTo("Sẽ nhập 2 câu hỏi mới.");
        _click(dialog.importButton);

        // the same file again: nothing new, and the preview says so before anyone clicks
        _click(_get(Button.class, spec -> spec.withId("import-open")));
        ImportDialog again = _get(ImportDialog.class);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "cau-hoi.aiken.txt",
                file.getBytes(StandardCharsets.UTF_8));
        summary = _get(Paragraph.class, spec -> spec.withId("import-summary"));
        assertThat(summary.getText()).isEqualTo("Sẽ nhập 0 câu hỏi mới. 2 câu đã có trong ngân hàng sẽ được bỏ qua.");
        assertThat(again.importButton.isEnabled()).isFalse();
        // importing the duplicates too is a choice the summary follows
        _setValue(again.skipDuplicates, false);
        assertThat(summary.getText()).isEqualTo("Sẽ nhập 2 câu hỏi, kể cả câu trùng. "
                + "Trong đó 2 câu trùng với câu đã có trong ngân hàng.");
        assertThat(again.importButton.isEnabled()).isTrue();
    }

    @Test
    void aMoodleFileWithAnUnlistedGradeIsRefusedUnlessTheNearestGradeIsChosenAndWarningsAreShown() {
        Scenario.Campaign c = newCampaign();
        BankInfo bank = s.asUser(c.author1, () -> banks.createBank("MG-" + c.tag, "Moodle", Subject.GENERAL_KNOWLEDGE,
                null, null));
        signIn(c.author1);
        navigate("bank/" + bank.id(), BankView.class);
        _click(_get(Button.class, spec -> spec.withId("import-open")));
        ImportDialog dialog = _get(ImportDialog.class);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice">
                    <name><text>Điều kiện dự tuyển</text></name>
                    <questiontext format="html"><text><![CDATA[<p>Điều kiện nào? <a href="https://vbpl.vn/x">Luật</a></p>]]></text></questiontext>
                    <single>false</single>
                    <answer fraction="33"><text>Quốc tịch Việt Nam</text></answer>
                    <answer fraction="33"><text>Đủ 18 tuổi</text></answer>
                    <answer fraction="34"><text>Có phẩm chất tốt</text></answer>
                    <answer fraction="-100"><text>Là đảng viên</text></answer>
                  </question>
                </quiz>
                """;
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "ngan-hang.xml",
                xml.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.nearestGrade.isVisible()).isTrue();
        assertThat(dialog.nearestGrade.getValue()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(3);
        assertThat(GridKt._get(problems, 0).line()).isEqualTo(7);
        assertThat(dialog.importButton.isEnabled()).isFalse();

        _setValue(dialog.nearestGrade, true);
        assertThat(problems.isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> warnings = _get(Grid.class, spec -> spec.withId("import-warnings"));
        assertThat(GridKt._size(warnings)).isEqualTo(4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("Sẽ nhập 1 câu hỏi mới. 4 cảnh báo về nội dung bị bỏ ra hoặc chuyển đổi (xem bên dưới).");
        _click(dialog.importButton);
        assertThat(s.asUser(c.author1, () -> banks.bank(bank.id())).count(QuestionStatus.DRAFT)).isEqualTo(1);
    }

    @Test
    void aMoodleExportNamesTheTagsMoodleWillCut() {
        Scenario.Campaign c = newCampaign();
        BankInfo bank = s.asUser(c.author1, () -> banks.createBank("EX-" + c.tag, "Xuất", Subject.GENERAL_KNOWLEDGE,
                null, null));
        String longSource = "Khoản 2 Điều 5 Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ";
        s.asUser(c.author1, () -> authoring.createQuestion(bank.id(), new vn.thituyen.questionbank.QuestionContent(
                vn.thituyen.questionbank.QuestionType.SINGLE, vn.thituyen.questionbank.TextFormat.PLAIN,
                "Người có nhiều diện ưu tiên được cộng điểm thế nào?", List.of("Chỉ một diện cao nhất", "Cộng tất cả"),
                java.util.Set.of(0), null, null, longSource, List.of("ưu tiên"), "KTC-UT-1", List.of())));
        signIn(c.author1);
        navigate("bank/" + bank.id(), BankView.class);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(
                _get(com.vaadin.flow.component.menubar.MenuBar.class, spec -> spec.withId("export-menu")),
                "export-moodlexml");
        ExportReportDialog report = _get(ExportReportDialog.class);
        assertThat(GridKt._size(report.notes)).isEqualTo(1);
        assertThat(GridKt._get(report.notes, 0).messageKey()).isEqualTo("export.moodle.tagTooLong");
        assertThat(GridKt._get(report.notes, 0).detail()).isEqualTo("source:" + longSource);
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-download"));
    }

    @Test
    void anImageInsertedInTheEditorIsStoredWithTheQuestionAndShownInline() throws Exception {
        Scenario.Campaign c = newCampaign();
        BankInfo bank = s.asUser(c.author1, () -> banks.createBank("IMG-" + c.tag, "Có hình", Subject.GENERAL_KNOWLEDGE,
                null, null));
        signIn(c.author1);
        BankView view = navigate("bank/" + bank.id(), BankView.class);
        _click(_get(Button.class, spec -> spec.withId("question-new")));
        QuestionEditor editor = _get(QuestionEditor.class);
        _setValue(editor.stem, "Biểu tượng trong hình là gì?");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(3, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        editor.addImage("quốc kỳ.png", png.toByteArray());
        assertThat(editor.format.getValue()).isEqualTo(vn.thituyen.questionbank.TextFormat.HTML);
        assertThat(editor.stem.getValue()).contains("<img src=\"@@PLUGINFILE@@/quốc-kỳ.png\"");
        assertThat(editor.preview.getElement().getProperty("innerHTML")).contains("data:image/png;base64,");
        _setValue(editor.optionFields.get(0), "Quốc kỳ");
        _setValue(editor.optionFields.get(1), "Quốc huy");
        _setValue(editor.optionFields.get(2), "Đảng kỳ");
        _setValue(editor.optionFields.get(3), "Cờ hiệu");
        _setValue(editor.keyBoxes.get(0), true);
        editor.save();
        long id = GridKt._get(view.grid, 0).id();
        var detail = s.asUser(c.author1, () -> banks.question(id));
        assertThat(detail.content().media()).singleElement()
                .satisfies(f -> assertThat(f.mimeType()).isEqualTo("image/png"));
        assertThat(examQuestions.questionTexts(List.of(id)).get(id).stem()).contains("data:image/png;base64,")
                .doesNotContain("@@PLUGINFILE@@");
    }

    @Test
    void staffWhoPlanSittingsSeeCountsButNeverQuestions() {
        Scenario.Campaign c = newCampaign();
        signIn(c.secretary);
        BanksView list = navigate("banks", BanksView.class);
        assertThat(GridKt._size(list.grid)).isGreaterThanOrEqualTo(2);
        _assertNone(Button.class, spec -> spec.withId("bank-create"));
        long ktc = GridKt._get(list.grid, 0).id();
        assertThatThrownBy(() -> navigate("bank/" + ktc, BankView.class)).isNotNull();
    }

    @Test
    void theBlueprintScreenShowsCoverageAndRefusesAnUncoveredRow() {
        Scenario.Campaign c = newCampaign();
        signIn(c.author1);
        BlueprintView v = navigate("blueprints", BlueprintView.class);
        assertThat(v.part.getValue().number()).isEqualTo(1);
        assertThat(v.verdict.getText()).startsWith("Chưa có ma trận: đề lấy ngẫu nhiên từ cả ngân hàng.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("bp-count")), 60);
        _click(_get(Button.class, spec -> spec.withId("bp-add")));
        assertThat(v.verdict.getText()).startsWith("Ma trận đáp ứng");
        assertThat(GridKt._size(v.rows)).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("bp-clear")));
        assertThat(GridKt._size(v.rows)).isZero();
        _click(_get(Button.class, spec -> spec.withId("bp-sample")));
        var paper = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("bp-sample-paper"));
        assertThat(paper.getComponentCount()).isEqualTo(60);
        assertThat(text(paper)).contains("Câu 60 (#").contains("Đáp án: ");
        List<String> shown = notifications();
        assertThat(shown).isEmpty();
    }
}
