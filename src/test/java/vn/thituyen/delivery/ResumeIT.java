package vn.thituyen.delivery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.delivery.RoomConsole.RosterRow;
import vn.thituyen.delivery.domain.AttemptPart;
import vn.thituyen.delivery.domain.PaperItem;
import vn.thituyen.questionbank.QuestionText;

/**
 * A candidate loses the connection in the middle of part 1 (page and browser context gone, cookies with them)
 * and signs in again with the same SBD and one-time password: the same part, the same answers and a countdown
 * that kept running. A second device signed in at the same time sees the same answers.
 * Headless Chromium against the running app, like {@code RecruitmentJourneyIT}.
 */
@ApplicationTest
class ResumeIT extends vn.thituyen.JourneyBase {

    private static final String NAME = "Phạm Thị Thu Trang";
    private static final Pattern COUNTDOWN = Pattern.compile("^\\d{2}:\\d{2}$");
    private static final Pattern ANSWERED = Pattern.compile("\\banswered\\b");
    /** The questions answered before the loss (1-based), not in a row: unanswered ones stay unmarked. */
    private static final int[] ANSWERED_BEFORE = {1, 2, 4, 7, 12};

    private Instant clockAtStart;

    @BeforeEach
    void rememberClock() {
        clockAtStart = s.clock.instant();
    }

    @AfterEach
    void restoreClock() {
        // tests never leave the shared clock moved (later campaigns must stay the newest)
        s.clock.set(clockAtStart);
    }

    @Test
    void aCandidateWhoLosesTheConnectionSignsInAgainAndResumesWhereSheWas() {
        base = "http://localhost:" + port;
        Scenario.Campaign c = s.newCampaign();
        long applicationId = s.apply(c, c.position1, NAME, null);
        s.acceptAllAndPublish(c);
        long sittingId = s.openSittings(c).get(0);
        // the invigilator reads the SBD and the one-time password from the room roster
        RosterRow ticket = s.asUser(c.invigilator, () -> s.console.roster(sittingId)).get(0);
        assertThat(ticket.fullName()).isEqualTo(NAME);
        String sbd = ticket.candidateNumber();
        String otp = ticket.oneTimePassword();
        long attemptId = s.attemptOf(applicationId);
        assertThat(ticket.attemptId()).isEqualTo(attemptId);

        Map<Integer, Integer> chosen = new LinkedHashMap<>();   // question (1-based) -> option shown
        int[] before = new int[1];
        try {
            Page first = newPage();
            step("sign in at the room, start part 1", () -> {
                signIn(first, sbd, otp);
                first.navigate(base + "/exam");
                assertThat(first.locator("#exam-number")).hasText(sbd);
                first.locator("#start-part").click();
                assertThat(first.locator("h2", new Page.LocatorOptions().setHasText("Phần 1: Kiến thức chung")))
                        .isVisible();
                assertThat(first.locator("#countdown")).hasText(Pattern.compile("^(59:[0-5]\\d|60:00)$"));
            });
            AttemptPart part1 = s.parts.findByAttemptIdOrderByPartNo(attemptId).get(0);
            assertThat(part1.isOpen()).isTrue();
            List<PaperItem> paper = s.items.findByAttemptPartIdOrderBySeq(part1.getId());
            Map<Long, QuestionText> texts = s.examQuestions.questionTexts(paper.stream().map(PaperItem::getQuestionId)
                    .toList());

            step("answer " + ANSWERED_BEFORE.length + " questions, each saved", () -> {
                for (int q : ANSWERED_BEFORE) {
                    PaperItem item = paper.get(q - 1);
                    QuestionText text = texts.get(item.getQuestionId());
                    int shown = q % item.order().length;        // any option: the keys do not matter here
                    if (q > 1) {
                        // a click on the question already shown would redraw its options while we click one:
                        // only move, then wait for the move (the number and the options come in one response)
                        first.locator("#nav-" + q).click();
                    }
                    assertThat(first.locator("#question-number")).hasText("Câu " + q + "/60");
                    assertThat(first.locator("#question-stem")).hasText(text.stem());
                    assertThat(first.locator("#save-status")).not().containsText("Đã lưu");
                    Locator option = first.locator("#options vaadin-radio-button").nth(shown);
                    assertThat(option).hasText(label(item, text, shown));
                    option.locator("label").click();
                    assertThat(first.locator("#save-status")).containsText("Đã lưu lúc");
                    assertThat(first.locator("#nav-" + q)).hasClass(ANSWERED);
                    chosen.put(q, shown);
                }
            });
            step("read the countdown", () -> {
                Locator countdown = first.locator("#countdown");
                assertThat(countdown).hasText(COUNTDOWN);
                before[0] = seconds(countdown.textContent());
                assertThat(before[0]).isBetween(55 * 60, 60 * 60);
            });

            step("the connection is lost: page and browser context closed", () -> {
                BrowserContext lost = first.context();
                first.close();
                lost.close();
                contexts.remove(lost);
                // the candidate is away for 3 minutes on the server's clock
                s.clock.advance(Duration.ofMinutes(3));
            });

            Page again = newPage();
            step("a new browser signs in with the same SBD and one-time password", () -> {
                signIn(again, sbd, otp);
                again.navigate(base + "/exam");
                assertThat(again.locator("#exam-number")).hasText(sbd);
            });
            step("the same part, the same answers, the countdown went on", () -> {
                expectSameExam(again, paper, texts, chosen);
                Locator countdown = again.locator("#countdown");
                assertThat(countdown).hasText(COUNTDOWN);
                int after = seconds(countdown.textContent());
                assertThat(after).as("countdown after the loss (s)").isLessThanOrEqualTo(57 * 60)
                        .isLessThanOrEqualTo(before[0]).isGreaterThan(50 * 60);
                assertThat(countdown).not().hasText("60:00");
                assertThat(s.parts.findById(part1.getId()).orElseThrow().getDeadline())
                        .isEqualTo(part1.getDeadline());   // the deadline was never moved
            });

            // one exam session per candidate (security review, finding 8): the second device's sign-in ends the
            // first one's session, which then says why and offers to sign in again
            Page second = newPage();
            step("a second device signs in and sees the same answers", () -> {
                signIn(second, sbd, otp);
                second.navigate(base + "/exam");
                expectSameExam(second, paper, texts, chosen);
                assertThat(second.locator("#countdown")).hasText(COUNTDOWN);
                assertThat(seconds(second.locator("#countdown").textContent())).isLessThanOrEqualTo(57 * 60);
            });
            step("an answer given on the second device; the first device's session has ended", () -> {
                int q = 20;
                second.locator("#nav-" + q).click();
                assertThat(second.locator("#question-number")).hasText("Câu " + q + "/60");
                second.locator("#options vaadin-radio-button").nth(1).locator("label").click();
                assertThat(second.locator("#save-status")).containsText("Đã lưu lúc");
                chosen.put(q, 1);
                again.reload();
                again.waitForURL(u -> u.contains("/exam-login?ended"));
                assertThat(again.locator("#exam-login-notice")).containsText("đã đăng nhập trên một máy khác");
                assertThat(s.asUser(c.invigilator, () -> s.console.roster(sittingId)).get(0).signedInAgainAt())
                        .as("the invigilator sees the second sign-in").isNotNull();
            });
            step("signing in again on the first device continues with the answer from the second", () -> {
                int q = 20;
                PaperItem item = paper.get(q - 1);
                signIn(again, sbd, otp);
                again.navigate(base + "/exam");
                expectSameExam(again, paper, texts, chosen);
                assertThat(again.locator("#nav-" + q)).hasClass(ANSWERED);
                again.locator("#nav-" + q).click();
                assertThat(again.locator("#options vaadin-radio-button").nth(1)).hasAttribute("checked", "");
                assertThat(again.locator("#question-stem")).hasText(texts.get(item.getQuestionId()).stem());
            });

            // what the server holds agrees with the screens
            var items = s.asExaminee(attemptId, () -> s.delivery.screen()).current().items();
            for (int q = 1; q <= items.size(); q++) {
                assertThat(items.get(q - 1).chosen()).as("question %d", q).isEqualTo(chosen.get(q));
            }
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
        } catch (Throwable t) {
            screenshots();
            throw t;
        }
    }

    /** Part 1 running, the navigator marking exactly the answered questions, the saved options selected. */
    private void expectSameExam(Page page, List<PaperItem> paper, Map<Long, QuestionText> texts,
            Map<Integer, Integer> chosen) {
        assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Phần 1: Kiến thức chung"))).isVisible();
        assertThat(page.locator("#start-part")).hasCount(0);
        assertThat(page.locator("#navigator button")).hasCount(60);
        assertThat(page.locator("#navigator button.answered")).hasCount(chosen.size());
        for (int q : chosen.keySet()) {
            assertThat(page.locator("#nav-" + q)).hasClass(ANSWERED);
        }
        assertThat(page.locator("#nav-3")).not().hasClass(ANSWERED);
        // the first question is shown with its saved option selected
        PaperItem item1 = paper.get(0);
        int shown1 = chosen.get(1);
        assertThat(page.locator("#question-number")).hasText("Câu 1/60");
        assertThat(page.locator("#question-stem")).hasText(texts.get(item1.getQuestionId()).stem());
        assertThat(page.locator("#save-status")).hasText("Đã lưu");
        assertThat(page.locator("#options vaadin-radio-button[checked]")).hasCount(1);
        assertThat(page.locator("#options vaadin-radio-button").nth(shown1)).hasAttribute("checked", "");
        // and a question answered in between
        int q = ANSWERED_BEFORE[3];
        PaperItem item = paper.get(q - 1);
        QuestionText text = texts.get(item.getQuestionId());
        page.locator("#nav-" + q).click();
        assertThat(page.locator("#question-number")).hasText("Câu " + q + "/60");
        assertThat(page.locator("#question-stem")).hasText(text.stem());
        Locator selected = page.locator("#options vaadin-radio-button[checked]");
        assertThat(selected).hasCount(1);
        assertThat(selected).hasText(label(item, text, chosen.get(q)));
        // back to the first, as a fresh screen would show it
        page.locator("#nav-1").click();
        assertThat(page.locator("#question-number")).hasText("Câu 1/60");
    }

    private static String label(PaperItem item, QuestionText text, int shown) {
        return (char) ('A' + shown) + ". " + text.options().get(item.order()[shown]);
    }

    private static int seconds(String mmss) {
        String[] p = mmss.trim().split(":");
        return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    // ------------------------------------------------------------------ helpers

    private void signIn(Page page, String candidateNumber, String oneTimePassword) {
        page.navigate(base + "/exam-login");
        Locator form = page.locator("vaadin-login-form");
        form.locator("#vaadinLoginUsername input").fill(candidateNumber);
        form.locator("#vaadinLoginPassword input").fill(oneTimePassword);
        form.locator("vaadin-button[slot='submit'], vaadin-button[part~='vaadin-login-submit']").first().click();
        page.waitForURL(u -> !u.contains("login"));
        assertThat(page.locator("#current-user")).hasText(candidateNumber);
    }
}
