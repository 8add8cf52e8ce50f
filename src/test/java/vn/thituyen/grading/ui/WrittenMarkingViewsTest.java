package vn.thituyen.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;

/**
 * Issue 13 in the views: the anonymisation board codes three scripts, the marking board head deals them to a pair,
 * each marker marks alone seeing codes only, a wide gap makes the two confer, and the key is opened.
 */
@ApplicationTest
class WrittenMarkingViewsTest extends ViewTestBase {

    private static final List<ExamPlanRule.Part> WRITTEN = List.of(
            new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, null),
            new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, null));

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static void mark(MarkingView v, int row, String marks) {
        GridKt._selectRow(v.grid, row);
        _setValue(v.questionMarks, marks);
        _click(button("save-marks"));
    }

    @Test
    void fromCodesToMarksInTheBrowserScreens() {
        Scenario.Campaign c = newCampaign(RuleSet.CIVIL_SERVANT_2020, WRITTEN);
        Scenario.MarkingBoard b = s.markingBoard(c);
        List<Long> apps = List.of(s.apply(c, c.position1, "Nguyễn Thị An", null),
                s.apply(c, c.position1, "Trần Quốc Bảo", null), s.apply(c, c.position1, "Lê Thị Cúc", null));
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        apps.forEach(a -> s.sit(a, 40, 20));

        // the anonymisation board: everyone ticked, pages typed, then coded
        signIn(b.anon());
        AnonymisationView anon = navigate("marking/anonymise", AnonymisationView.class);
        assertThat(anon.part.getValue().partNo()).isEqualTo(1);
        assertThat(anon.intake.getSelectedItems()).hasSize(3);
        _click(button("anonymise"));
        assertThat(confirm()).contains("3 bài thi");
        assertThat(notifications()).anyMatch(n -> n.contains("Số tờ bài thi của thí sinh"));
        anon.pages.values().forEach(f -> _setValue(f, 4));
        _click(button("anonymise"));
        confirm();
        assertThat(notifications()).contains("Đã làm phách 3 bài thi.");
        assertThat(GridKt._size(anon.codeSheet)).isEqualTo(3);

        // the scan of one script's body: a file that is not a PDF is refused, a PDF is kept
        anon = navigate("marking/anonymise", AnonymisationView.class);
        @SuppressWarnings("unchecked")
        var script = (com.vaadin.flow.component.select.Select<vn.thituyen.grading.MarkingPapers.ScanRow>)
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("scan-script"));
        var firstScript = script.getGenericDataView().getItems().findFirst().orElseThrow();
        _setValue(script, firstScript);
        var upload = _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("scan-upload"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "scan.pdf",
                "JPEG pretending".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notifications()).anyMatch(n -> n.startsWith("Bản quét phải là tệp PDF"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(upload, "scan.pdf",
                "%PDF-1.4 quét bài".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notifications()).contains("Đã lưu bản quét bài " + firstScript.secondCode() + ".");

        // the head deals them to one pair
        signIn(b.head());
        MarkingBoardView board = navigate("marking/board", MarkingBoardView.class);
        assertThat(board.part.getValue().anonymised()).isTrue();
        List<Object> markers = combo("pair-0-first").getGenericDataView().getItems().toList();
        _setValue(combo("pair-0-first"), markers.get(1));
        _setValue(combo("pair-0-second"), markers.get(2));
        _click(button("deal"));
        assertThat(confirm()).contains("3 bài thi cho 1 cặp chấm");
        assertThat(notifications()).contains("Đã chia 3 bài thi cho 1 cặp chấm.");
        assertThat(GridKt._size(board.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(board.grid, 0)).contains("Chờ đủ hai điểm chấm");

        // marker 1: codes only, never a name; bad input said next to the field
        signIn(b.markers().get(0));
        MarkingView first = navigate("marking", MarkingView.class);
        assertThat(GridKt._size(first.grid)).isEqualTo(3);
        int scannedRow = GridKt._findAll(first.grid).stream().map(MarkerRow::code).toList()
                .indexOf(firstScript.secondCode());
        GridKt._selectRow(first.grid, scannedRow);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("script-scan")).getText())
                .isEqualTo("Xem bản quét bài thi (PDF)");
        assertThat(screenText()).doesNotContain("Nguyễn Thị An", "Trần Quốc Bảo", "Lê Thị Cúc");
        mark(first, 0, "abc");
        assertThat(error(first.questionMarks)).startsWith("Điểm phải từ 0 đến điểm tối đa");
        mark(first, 0, "60; 50");
        assertThat(error(first.questionMarks)).startsWith("Điểm phải từ 0 đến điểm tối đa");
        for (int row = 0; row < 3; row++) {
            mark(first, row, "30; 40");
        }
        assertThat(notifications()).anyMatch(n -> n.startsWith("Đã lưu phiếu chấm bài") && n.endsWith("70 điểm."));

        // marker 2: close on two scripts, far on the third
        signIn(b.markers().get(1));
        MarkingView second = navigate("marking", MarkingView.class);
        mark(second, 0, "30; 42");
        mark(second, 1, "30,5; 41,5");
        // blind: marker 1's marks are in, marker 2 still sees none of them
        List<MarkerRow> rows = GridKt._findAll(second.grid);
        assertThat(rows).extracting(MarkerRow::partnerMark).containsOnlyNulls().hasSize(3);
        // as a number (the run's random name may hold the digits "70")
        assertThat(screenText()).doesNotContainPattern("(?<!\\p{Alnum})70(?!\\p{Alnum})");
        mark(second, 2, "50");
        // 70 against 50: now, and for this script only, each sees the other's mark to confer
        rows = GridKt._findAll(second.grid);
        assertThat(rows).extracting(MarkerRow::partnerMark).containsExactly(null, null, new BigDecimal("70.00"));

        // back to marker 1: the third script asks the two to confer, showing both marks
        signIn(b.markers().get(0));
        first = navigate("marking", MarkingView.class);
        GridKt._selectRow(first.grid, 2);
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("confer-marks"))))
                .contains("70").contains("50");
        _setValue(first.agreed, "62");
        _setValue(first.reason, "Thống nhất sau khi đối chiếu đáp án");
        _click(button("agree"));
        assertThat(GridKt._getFormattedRow(first.grid, 2)).contains("Đã có điểm");

        // the key: opened by the anonymisation head, marks joined to names
        signIn(b.anon());
        AnonymisationView opening = navigate("marking/anonymise", AnonymisationView.class);
        _click(button("open-key"));
        assertThat(confirm()).contains("Mở phách 3 bài thi");
        assertThat(notifications()).contains("Đã mở phách.");
        assertThat(GridKt._size(opening.opened)).isEqualTo(3);
        List<String> joined = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(opening.opened, i))).toList();
        assertThat(joined).anyMatch(r -> r.contains("Nguyễn Thị An")).anyMatch(r -> r.contains("| 62 |"))
                .filteredOn(r -> r.contains("| 71 |")).hasSize(2);
    }
}
