package vn.thituyen.delivery.ui;

import vn.thituyen.ApplicationTest;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Messages;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.registration.ApplicationForm;

/** The candidate's exam screen (route "exam"), signed in at the exam room. */
@ApplicationTest
class ExamViewTest extends ViewTestBase {

    @org.springframework.beans.factory.annotation.Autowired vn.thituyen.delivery.InvigilationService invigilation;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Scenario.Campaign c;

    /** A campaign with sittings open; returns the attempt of a candidate "Nguyễn Thị Ánh" (VT01). */
    private long openExam() {
        c = newCampaign();
        long app = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        return s.attemptOf(app);
    }

    @org.junit.jupiter.api.Test
    void theScreenShowsTheCandidatesPortraitWithTheirNameNumberAndPosition() throws Exception {
        c = newCampaign();
        long withPhoto = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long without = s.apply(c, c.position1, "Trần Văn Bình", null);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(120, 180,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        var documents = ctx.getBean(vn.thituyen.registration.CandidateDocuments.class);
        s.asUser(c.candidates.get(0), () -> documents.upload(c.id, vn.thituyen.registration.DocumentPurpose.PORTRAIT,
                null, "chan-dung.png", png.toByteArray()));
        s.acceptAllAndPublish(c);
        s.openSittings(c);

        enter(s.attemptOf(withPhoto));
        var photo = _get(com.vaadin.flow.component.html.Image.class, spec -> spec.withId("exam-photo"));
        assertThat(photo.getAlt()).contains("Ảnh của thí sinh Nguyễn Thị Ánh");
        assertThat(s.asExaminee(s.attemptOf(withPhoto), () -> ctx.getBean(vn.thituyen.delivery.ExamPortrait.class)
                .mine()).orElseThrow().data()).isEqualTo(png.toByteArray());

        enter(s.attemptOf(without));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(com.vaadin.flow.component.html.Image.class,
                spec -> spec.withId("exam-photo"));
        assertThat(s.asExaminee(s.attemptOf(without), () -> ctx.getBean(vn.thituyen.delivery.ExamPortrait.class)
                .mine())).isEmpty();
    }

    private ExamView enter(long attemptId) {
        signInExaminee(attemptId);
        return navigate("exam", ExamView.class);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** A question's button in the navigator (a plain HTML button). */
    private static com.vaadin.flow.component.html.NativeButton nav(int seq) {
        return _get(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-" + seq));
    }

    private static String textOf(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    private ExamScreen screen(long attemptId) {
        return s.asExaminee(attemptId, () -> s.delivery.screen());
    }

    private List<AttemptPart> parts(long attemptId) {
        return s.parts.findByAttemptIdOrderByPartNo(attemptId);
    }

    /** Where the correct option of the shown question is displayed (server-side knowledge, for the test). */
    private int keyShownAt(long attemptId, int seq) {
        long itemId = items(attemptId).get(seq - 1).itemId();
        PaperItem it = s.items.findById(itemId).orElseThrow();
        int key = s.examQuestions.answerKeys(List.of(it.getQuestionId())).get(it.getQuestionId()).iterator().next();
        return it.displayIndex(key);
    }

    /** The questions of the running part as the service has them stored. */
    private List<ExamScreen.Item> items(long attemptId) {
        return screen(attemptId).current().items();
    }

    private static void confirmHandIn() {
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialogKt._fireConfirm(dialog);
    }

    // ------------------------------------------------------------------ the screen

    @Test
    void theLobbyShowsTheCandidateAndThePartsAndNoKeys() {
        long attempt = openExam();

        enter(attempt);

        assertThat(_get(Span.class, spec -> spec.withId("exam-name")).getText()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(_get(Span.class, spec -> spec.withId("exam-number")).getText()).isEqualTo("TS0001");
        assertThat(_get(Span.class, spec -> spec.withId("exam-position")).getText())
                .isEqualTo("Chuyên viên tổ chức cán bộ");
        assertThat(screenText()).contains("Trước khi bắt đầu", "Phần 1: Kiến thức chung: 60 câu hỏi, 60 phút",
                "Phần 2: Ngoại ngữ: 30 câu hỏi, 30 phút");
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 1: Kiến thức chung");
        assertThat(parts(attempt)).allSatisfy(p -> assertThat(p.getStartedAt()).isNull());
    }

    @Test
    void choosingAnOptionSavesItAndTheNavigatorMovesBetweenQuestions() {
        long attempt = openExam();
        ExamView v = enter(attempt);

        _click(button("start-part"));

        assertThat(_get(H2.class, spec -> spec.withText("Phần 1: Kiến thức chung"))).isNotNull();
        assertThat(_find(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-60"))).hasSize(1);
        _assertNone(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-61"));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");
        List<ExamScreen.Item> items = items(attempt);
        assertThat(v.stem.getText()).isEqualTo(items.get(0).stem());
        assertThat(v.options.getListDataView().getItems().map(v.options.getItemLabelGenerator()).toList())
                .hasSize(items.get(0).options().size())
                .first().asString().startsWith("A. ");
        assertThat(v.saveStatus.getText()).isEmpty();
        assertThat(v.countdown.getText()).matches("60:00|59:59");
        AttemptPart part1 = parts(attempt).get(0);
        // started now on the server's clock (H2 keeps microseconds, MariaDB through Connector/J whole seconds)
        assertThat(part1.getStartedAt()).isCloseTo(s.clock.instant(), within(1, ChronoUnit.SECONDS));
        // 60 minutes, the deadline rounded up to a whole second so a candidate never loses time to storage
        assertThat(Duration.between(part1.getStartedAt(), part1.getDeadline()))
                .isBetween(Duration.ofMinutes(60), Duration.ofMinutes(60).plusSeconds(1));

        // choose C on question 1: saved, and told so with the server's time
        _setValue(v.options, 2);
        assertThat(v.saveStatus.getText()).isEqualTo("Đã lưu lúc "
                + TIME.format(s.clock.instant().atZone(ClockConfiguration.ZONE)));
        assertThat(v.saveStatus.getElement().getAttribute("data-saved")).isEqualTo("true");
        assertThat(items(attempt).get(0).chosen()).isEqualTo(2);
        assertThat(nav(1).getClassNames()).contains("answered", "current");

        // jump to question 5, answer A
        _click(nav(5));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 5/60");
        assertThat(v.stem.getText()).isEqualTo(items.get(4).stem());
        assertThat(v.options.getValue()).isNull();
        assertThat(v.saveStatus.getText()).isEmpty();
        _setValue(v.options, 0);
        assertThat(items(attempt).get(4).chosen()).isEqualTo(0);
        assertThat(nav(5).getClassNames()).contains("answered", "current");
        assertThat(nav(1).getClassNames()).contains("answered").doesNotContain("current");
        assertThat(nav(2).getClassNames()).doesNotContain("answered");

        // back to question 1: the saved choice is shown
        _click(nav(1));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");
        assertThat(v.options.getValue()).isEqualTo(2);
        assertThat(v.saveStatus.getText()).isEqualTo("Đã lưu");

        // next / previous
        _click(button("next"));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 2/60");
        _click(button("previous"));
        _click(button("previous"));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");
        _click(nav(60));
        _click(button("next"));
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 60/60");

        // changing an answer stores the new choice
        _click(nav(1));
        _setValue(v.options, 3);
        assertThat(items(attempt).get(0).chosen()).isEqualTo(3);
        assertThat(items(attempt).stream().filter(i -> i.chosen() != null)).hasSize(2);

        // a fresh page load (another browser) shows the same answers
        ExamView again = enter(attempt);
        assertThat(again.questionNumber.getText()).isEqualTo("Câu 1/60");
        assertThat(again.options.getValue()).isEqualTo(3);
        assertThat(nav(5).getClassNames()).contains("answered");
    }

    @Test
    void handingInEachPartLeadsToTheRound1Result() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        _setValue(v.options, keyShownAt(attempt, 1));

        // hand in, but cancel: still part 1
        _click(button("submit-part"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(text(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("submit-summary"))))
                .startsWith("Còn 59 câu chưa trả lời.Câu chưa trả lời: 2, 3, 4, 5,")
                .endsWith("59, 60.Sau khi nộp không thể sửa bài. Nộp bài?");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(parts(attempt).get(0).isOpen()).isTrue();
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");

        // hand in for real
        _click(button("submit-part"));
        confirmHandIn();

        AttemptPart part1 = parts(attempt).get(0);
        assertThat(part1.isClosed()).isTrue();
        assertThat(part1.getCorrectCount()).isEqualTo(1);
        assertThat(part1.getPassed()).isFalse();
        assertThat(screenText()).contains("Phần 1: Kiến thức chung: 1/60 câu đúng – Không đạt");
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 2: Ngoại ngữ");

        _click(button("start-part"));
        assertThat(_get(H2.class, spec -> spec.withText("Phần 2: Ngoại ngữ"))).isNotNull();
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/30");
        _assertNone(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-31"));
        for (int q = 1; q <= 15; q++) {
            _click(nav(q));
            _setValue(v.options, keyShownAt(attempt, q));
        }
        _click(button("submit-part"));
        confirmHandIn();

        assertThat(_get(H2.class, spec -> spec.withText("Kết quả thi vòng 1"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-part-1")).getText())
                .isEqualTo("Phần 1: Kiến thức chung: 1/60 câu đúng – Không đạt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-part-2")).getText())
                .isEqualTo("Phần 2: Ngoại ngữ: 15/30 câu đúng – Đạt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("round1-outcome")).getText())
                .isEqualTo("Không đạt vòng 1 (cần từ 50% số câu đúng ở mỗi phần).");
        _assertNone(Button.class, spec -> spec.withId("start-part"));
        _assertNone(Button.class, spec -> spec.withId("submit-part"));
        assertThat(s.delivery.round1Outcomes(c.id).values()).singleElement()
                .satisfies(o -> assertThat(o.passed()).isFalse());
    }

    @Test
    void anExemptCandidateSitsOnlyPart1() {
        c = newCampaign();
        ApplicationForm f = s.form(c.position2, "Đặng Thị Huyền");
        long app = s.apply(c, new ApplicationForm(f.positionId(), f.fullName(), f.dateOfBirth(), f.sex(),
                f.ethnicity(), f.citizenId(), f.phone(), f.email(), f.address(), f.educationLevel(), f.major(), null,
                ApplicationForm.Exemption.FOREIGN_LANGUAGE, "Bằng cử nhân Ngôn ngữ Anh, Đại học Hà Nội",
                ApplicationForm.ForeignLanguage.ENGLISH));
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        long attempt = s.attemptOf(app);

        ExamView v = enter(attempt);
        assertThat(screenText()).contains("Phần 2: Ngoại ngữ: Miễn thi");
        _click(button("start-part"));
        for (int q = 1; q <= 30; q++) {     // exactly half right: the pass mark
            _click(nav(q));
            _setValue(v.options, keyShownAt(attempt, q));
        }
        _click(button("submit-part"));
        confirmHandIn();

        assertThat(_get(Paragraph.class, spec -> spec.withId("result-part-1")).getText())
                .isEqualTo("Phần 1: Kiến thức chung: 30/60 câu đúng – Đạt");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-part-2")).getText())
                .isEqualTo("Phần 2: Ngoại ngữ: Miễn thi");
        assertThat(_get(Paragraph.class, spec -> spec.withId("round1-outcome")).getText())
                .isEqualTo("Đạt vòng 1 (đủ từ 50% số câu đúng ở mỗi phần).");
        _assertNone(Button.class, spec -> spec.withId("start-part"));
        List<AttemptPart> ps = parts(attempt);
        assertThat(ps.get(1).isExempt()).isTrue();
        assertThat(ps.get(1).getStartedAt()).isNull();
        assertThat(s.delivery.round1Outcomes(c.id).get(app).passed()).isTrue();
        assertThat(s.items.findByAttemptPartIdOrderBySeq(ps.get(1).getId())).isEmpty();
    }

    // ------------------------------------------------------------------ reviewing, the keyboard, text size

    @Test
    void theNavigatorShowsAnsweredUnansweredAndFlaggedAndTheHandInSummaryListsThem() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        assertThat(text(v.navSummary)).isEqualTo("Đã trả lời 0/60 câu · Đánh dấu xem lại: 0");
        assertThat(button("flag-question").getText()).isEqualTo("Đánh dấu xem lại");

        _setValue(v.options, 1);                       // question 1 answered
        _click(nav(3));
        _click(button("flag-question"));               // question 3 flagged, not answered
        assertThat(button("flag-question").getText()).isEqualTo("Bỏ đánh dấu");
        assertThat(button("flag-question").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(nav(4));
        _setValue(v.options, 0);
        _click(button("flag-question"));               // question 4 answered and flagged

        assertThat(nav(1).getClassNames()).contains("answered").doesNotContain("flagged");
        assertThat(nav(2).getClassNames()).doesNotContain("answered", "flagged");
        assertThat(nav(3).getClassNames()).contains("flagged").doesNotContain("answered");
        assertThat(nav(4).getClassNames()).contains("answered", "flagged", "current");
        assertThat(nav(3).getElement().getAttribute("aria-label"))
                .isEqualTo("Câu 3: chưa trả lời, đánh dấu xem lại");
        assertThat(text(v.navSummary)).isEqualTo("Đã trả lời 2/60 câu · Đánh dấu xem lại: 2");
        // kept on the server, per paper item: a reload (or another computer) shows the same markers
        List<ExamScreen.Item> stored = items(attempt);
        assertThat(stored.get(2).flagged()).isTrue();
        assertThat(stored.get(3).flagged()).isTrue();
        assertThat(stored.get(0).flagged()).isFalse();
        ExamView again = enter(attempt);
        assertThat(nav(3).getClassNames()).contains("flagged");
        assertThat(text(again.navSummary)).isEqualTo("Đã trả lời 2/60 câu · Đánh dấu xem lại: 2");

        _click(button("submit-part"));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("submit-unanswered-count"))))
                .isEqualTo("Còn 58 câu chưa trả lời.");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("submit-unanswered"))))
                .startsWith("Câu chưa trả lời: 2, 3, 5, 6,").doesNotContain(" 4,");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("submit-flagged"))))
                .isEqualTo("Câu đang đánh dấu xem lại: 3, 4.");
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        // a flag is not an answer: scoring ignores it
        _click(nav(3));
        _click(button("flag-question"));
        assertThat(items(attempt).get(2).flagged()).isFalse();
        assertThat(nav(3).getClassNames()).doesNotContain("flagged");
    }

    /** A key as the browser sends it to the exam screen's key listener. */
    private static void press(ExamView v, String key) {
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        data.put("event.key", key);
        data.put(ExamView.KEY_FILTER, true);   // the browser's verdict on the listener's filter
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(v, "keydown", data);
    }

    @Test
    void theKeyboardChoosesMovesAndFlags() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));

        press(v, "c");
        assertThat(v.options.getValue()).isEqualTo(2);
        assertThat(items(attempt).get(0).chosen()).isEqualTo(2);
        assertThat(v.saveStatus.getText()).startsWith("Đã lưu lúc ");
        press(v, "ArrowRight");
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 2/60");
        press(v, "1");
        assertThat(items(attempt).get(1).chosen()).isEqualTo(0);
        press(v, "n");
        press(v, "n");
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 4/60");
        press(v, "f");
        assertThat(items(attempt).get(3).flagged()).isTrue();
        press(v, "P");
        press(v, "ArrowLeft");
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 2/60");
        assertThat(v.options.getValue()).isEqualTo(0);
        // a key for an option the question does not have does nothing
        int optionCount = items(attempt).get(1).options().size();
        if (optionCount < 6) {
            press(v, "6");
            assertThat(items(attempt).get(1).chosen()).isEqualTo(0);
        }
        // moving before the first question stays on the first
        _click(nav(1));
        press(v, "ArrowLeft");
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");
    }

    @Test
    void theTextSizeAndTheQuestionOnScreenSurviveAReload() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        assertThat(v.zoomLevel.getText()).isEqualTo("100%");
        assertThat(v.question.getStyle().get("--exam-zoom")).isEqualTo("1.0");

        _click(button("zoom-in"));
        _click(button("zoom-in"));
        assertThat(v.zoomLevel.getText()).isEqualTo("130%");
        assertThat(v.question.getStyle().get("--exam-zoom")).isEqualTo("1.3");
        _click(button("zoom-out"));
        assertThat(v.zoomLevel.getText()).isEqualTo("115%");
        for (int i = 0; i < 10; i++) {
            _click(button("zoom-in"));
        }
        assertThat(v.zoomLevel.getText()).isEqualTo("200%");
        _click(nav(17));

        // a reload in the same browser: a new view in the same session
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("public/results");
        ExamView reloaded = navigate("exam", ExamView.class);
        assertThat(reloaded).isNotSameAs(v);
        assertThat(reloaded.questionNumber.getText()).isEqualTo("Câu 17/60");
        assertThat(reloaded.zoomLevel.getText()).isEqualTo("200%");
        assertThat(VaadinSession.getCurrent().getAttribute("thituyen.exam.zoom")).isEqualTo(ExamView.ZOOM.length - 1);
    }

    @Test
    void aCandidateNotCheckedInWaitsForTheInvigilatorAndTheScreenMovesOnByItself() {
        c = newCampaign();
        long app = s.apply(c, c.position1, "Lý Thường Kiệt", null);
        s.acceptAllAndPublish(c);
        s.openSittingsWithoutCheckIn(c);
        long attempt = s.attemptOf(app);

        enter(attempt);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("awaiting-check-in"))))
                .startsWith("Vui lòng chờ giám thị điểm danh");
        _assertNone(Button.class, spec -> spec.withId("start-part"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExamView.CHECK_IN_POLL_MS);
        poll();
        assertThat(_find(Paragraph.class, spec -> spec.withId("awaiting-check-in"))).hasSize(1);

        s.asUser(c.invigilator, () -> {
            invigilation.checkIn(attempt);
            return null;
        });
        poll();

        _assertNone(Paragraph.class, spec -> spec.withId("awaiting-check-in"));
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 1: Kiến thức chung");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ExamView.COUNTDOWN_POLL_MS);
        _click(button("start-part"));
        assertThat(_find(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-60"))).hasSize(1);
    }

    // ------------------------------------------------------------------ the server's clock

    @Test
    void afterTimeIsUpAnAnswerIsRefusedAndThePartIsClosedAtItsDeadline() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        _setValue(v.options, 1);
        long q2 = items(attempt).get(1).itemId();
        AttemptPart started = parts(attempt).get(0);

        timePasses(Duration.ofMinutes(61));
        _click(nav(2));
        assertThatCode(() -> _setValue(v.options, 0)).doesNotThrowAnyException();

        String partClosed = "Phần thi đã hết giờ hoặc đã nộp; câu trả lời không được ghi nhận.";
        assertThat(Messages.vi("error.exam.partClosed")).isEqualTo(partClosed);
        assertThat(notifications()).contains(partClosed);
        assertThat(v.saveStatus.getText()).isEqualTo("Chưa lưu — thử lại");
        assertThat(v.saveStatus.getElement().getAttribute("data-saved")).isEqualTo("false");
        // the screen went back to the lobby: part 1 closed and scored, part 2 can start
        assertThat(screenText()).contains("Phần 1: Kiến thức chung: ");
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 2: Ngoại ngữ");
        AttemptPart closed = parts(attempt).get(0);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.getClosedAt()).isEqualTo(started.getDeadline());
        assertThat(closed.getClosedAt()).isBefore(s.clock.instant());
        // nothing was stored for question 2, and the service itself refuses it
        assertThat(s.asExaminee(attempt, () -> s.delivery.screen()).parts().get(0).state())
                .isEqualTo(ExamScreen.PartState.CLOSED);
        assertThatThrownBy(() -> s.asExaminee(attempt, () -> s.delivery.saveAnswer(q2, 0)))
                .isInstanceOf(DomainException.class).hasMessage("error.exam.partClosed");
    }

    @Test
    void whenTheBrowsersCountdownEndsTheScreenClosesThePart() {
        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        AttemptPart started = parts(attempt).get(0);

        timePasses(Duration.ofMinutes(60).plusSeconds(1));
        v.timeUp();

        assertThat(parts(attempt).get(0).getClosedAt()).isEqualTo(started.getDeadline());
        assertThat(screenText()).contains("Phần 1: Kiến thức chung: 0/60 câu đúng – Không đạt");
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 2: Ngoại ngữ");
    }

    /** The 30-second poll reads only the running part and its time left, and redraws when the server moved on. */
    @Test
    void theCountdownPollFollowsTheServersClockPauseAndClosing() {
        long attempt = openExam();
        long sitting = s.attempts.findById(attempt).orElseThrow().getSittingId();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        AttemptPart started = parts(attempt).get(0);

        timePasses(Duration.ofMinutes(10));
        poll();
        assertThat(v.countdown.getText()).matches("50:0[01]");
        assertThat(v.questionNumber.getText()).isEqualTo("Câu 1/60");

        s.asUser(c.invigilator, () -> {
            invigilation.pauseSitting(sitting);
            return null;
        });
        poll();
        assertThat(_get(Paragraph.class, spec -> spec.withId("paused"))).isNotNull();
        _assertNone(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("nav-1"));
        s.asUser(c.invigilator, () -> {
            invigilation.resumeSitting(sitting);
            return null;
        });
        poll();
        _assertNone(Paragraph.class, spec -> spec.withId("paused"));
        assertThat(nav(60)).isNotNull();

        timePasses(Duration.ofMinutes(51));
        poll();
        AttemptPart closed = parts(attempt).get(0);
        // stamped at its deadline: the one fixed at the start, plus the pause given back (under a second here)
        assertThat(closed.getClosedAt()).isEqualTo(closed.getDeadline())
                .isBetween(started.getDeadline(), started.getDeadline().plusSeconds(1));
        assertThat(button("start-part").getText()).isEqualTo("Bắt đầu làm Phần 2: Ngoại ngữ");
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @Test
    void theScreenNeverCarriesAnswerKeys() {
        assertThat(names(ExamScreen.Item.class))
                .containsExactly("itemId", "seq", "stem", "options", "html", "chosen", "flagged");
        assertThat(names(ExamScreen.CurrentPart.class))
                .containsExactly("partNo", "subject", "deadline", "remainingSeconds", "items");
        assertThat(names(ExamScreen.class)).containsExactly("candidateNumber", "fullName", "positionName",
                "sittingOpen", "paused", "finished", "awaitingCheckIn", "parts", "current");

        long attempt = openExam();
        ExamView v = enter(attempt);
        _click(button("start-part"));
        for (int q = 1; q <= 60; q++) {
            _click(nav(q));
            assertThat(screenText()).doesNotContain("ANSWER");
            assertThat(v.getElement().getOuterHTML()).doesNotContainIgnoringCase("answer:")
                    .doesNotContain("data-key").doesNotContain("correct");
        }
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
