package vn.thituyen.winners.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.ViewTestBase;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.CancellationKind;
import vn.thituyen.winners.WinnersScenario;
import vn.thituyen.winners.WinnersService;

/**
 * The winners' screen (route "winners"): the secretary checks a dossier's items, an early "not completed" cancellation
 * is refused, a false-documents cancellation is confirmed first and then shown, and the next ranked is recognised as
 * a new version of the results; the chair reads and may cancel but does not check items.
 */
@ApplicationTest
class WinnersViewTest extends ViewTestBase {

    @Autowired ResultsService results;
    @Autowired WinnersService winners;

    @Test
    void theSecretaryChecksCancelsWithConfirmationAndRecognisesTheNextRanked() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        signIn(p.c().secretary);
        WinnersView v = navigate("winners", WinnersView.class);
        assertThat(GridKt._findAll(v.grid)).extracting(WinnersService.DossierLine::fullName)
                .containsExactly("Nguyễn Văn An");
        assertThat(GridKt._getFormattedRow(v.grid, 0)).contains("Đang hoàn thiện", "0/3");
        GridKt._select(v.grid, GridKt._get(v.grid, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-state")).getText()).startsWith("Đang hoàn thiện");

        // the judicial record checked against the original
        _click(_get(Button.class, spec -> spec.withId("verify-JUDICIAL_RECORD")));
        assertThat(notifications()).contains("Đã ghi kết quả đối chiếu.");
        assertThat(_get(Span.class, spec -> spec.withId("item-check-JUDICIAL_RECORD")).getText())
                .startsWith("Hợp lệ (đối chiếu bởi " + p.c().secretary);
        assertThat(GridKt._getFormattedRow(v.grid, 0)).contains("1/3");
        // refusing without a note: said next to the note
        _click(_get(Button.class, spec -> spec.withId("refuse-DEGREES")));
        assertThat(error(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("note-DEGREES")))).isEqualTo("Vui lòng nhập thông tin này");

        // "not completed in time" before the last day: asked, then refused, nothing stored
        _setValue(_get(Select.class, spec -> spec.withId("cancel-kind")), CancellationKind.NOT_COMPLETED_IN_TIME);
        _setValue(_get(TextArea.class, spec -> spec.withId("cancel-reason")), "Không nộp hồ sơ");
        _click(_get(Button.class, spec -> spec.withId("cancel-result")));
        assertThat(confirm()).contains("Nguyễn Văn An", "không thể hoàn tác");
        assertThat(notifications()).anyMatch(n -> n.startsWith("Chưa hết thời hạn hoàn thiện hồ sơ"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM winner_cancellation WHERE campaign_id = ?",
                Integer.class, p.c().id)).isZero();

        // false documents: cancelled after the question, shown with the reason
        _setValue(_get(Select.class, spec -> spec.withId("cancel-kind")), CancellationKind.FALSE_DOCUMENTS);
        _setValue(_get(TextArea.class, spec -> spec.withId("cancel-reason")), "Phiếu lý lịch tư pháp giả");
        _click(_get(Button.class, spec -> spec.withId("cancel-result")));
        confirm();
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-cancellation")).getText())
                .contains("Sử dụng văn bằng, chứng chỉ, giấy tờ giả mạo", "Phiếu lý lịch tư pháp giả");
        assertThat(String.join(" | ", GridKt._getFormattedRow(v.grid, 0))).contains("Đã hủy kết quả");
        _assertNone(Button.class, spec -> spec.withId("verify-DEGREES"));

        // the next in line, and the new version after the question
        assertThat(text(v.nextInLine)).contains("người kế tiếp:", "Trần Thị Bích");
        _click(_get(Button.class, spec -> spec.withId("recognise-next")));
        assertThat(confirm()).contains("phiên bản kết quả mới");
        assertThat(notifications()).contains("Đã tính phiên bản kết quả mới; chờ Chủ tịch Hội đồng phê duyệt tại"
                + " trang Kết quả.");
        ResultsService.ResultSetView draft = s.asUser(p.c().secretary, () -> results.latest(p.c().id)).orElseThrow();
        assertThat(draft.version()).isEqualTo(2);
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.lines()).filteredOn(l -> l.applicationId() == p.bich()).extracting(l -> l.outcome())
                .containsExactly("WINNER");
    }

    @Test
    void theChairReadsTheDossiersButDoesNotCheckItems() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        signIn(p.c().chair);
        WinnersView v = navigate("winners", WinnersView.class);
        GridKt._select(v.grid, GridKt._get(v.grid, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-state")).getText()).contains("hạn hoàn thiện");
        _assertNone(Button.class, spec -> spec.withId("verify-DEGREES"));
        _get(Button.class, spec -> spec.withId("cancel-result"));
    }
}
