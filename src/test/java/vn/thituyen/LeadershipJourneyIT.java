package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.campaign.PostState;
import vn.thituyen.grading.ProposalDefence;

/**
 * Issue 14 in a real browser, from the office's posts to the published winner: a public servant applies for a
 * head-of-division post naming the managing agency; the agency uploads its letter and nominates; the form-review board
 * decides each standard and concludes; the chair withdraws the post with a single candidate and lets the other go
 * ahead; the candidate reads each standard's decision on their page. After the eligible list, part 1 (written) is
 * marked blind through the services; the secretary sets the đề án deadline and draws the presentations by lot; the
 * candidate uploads her đề án; a council member casts secret ballots and sees their own but neither the others' nor
 * the mean until every ballot is in; the chair reads the tally and closes the ballots. The secretary computes the
 * results; the chair reads part 1, part 2 and the final score, the draft minutes and report, approves (the papers
 * freeze) and downloads the report; the secretary publishes with the document's number; anyone reads the winner on
 * the public page and in the portal's JSON, and the candidate reads her result on her page.
 */
@ApplicationTest
class LeadershipJourneyIT extends JourneyBase {

    @Autowired ProposalDefence defence;

    /**
     * A grid cell whose whole text is this (Playwright's "has text" alone would match "Không tổ chức thi" too). The
     * pattern runs as a JavaScript regular expression: plain text only, no Java quoting.
     */
    private static com.microsoft.playwright.Locator stateCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(
                java.util.regex.Pattern.compile("^" + text + "$"))).first();
    }

    @Test
    void fromTheNominationToThePublishedWinner() {
        base = "http://localhost:" + port;
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        String code = s.campaigns.campaign(c.id).code();
        String username = "ld-" + c.tag;
        try {
            step("the office reads the posts and their standards", () -> {
                String admin = "adl-" + c.tag;
                s.as("system-admin", vn.thituyen.identity.Role.ADMIN, () -> s.identity.createAccount(admin,
                        Scenario.PASSWORD, "Phan Quản Trị", "qt@example.vn", vn.thituyen.identity.Role.ADMIN));
                s.chooseFor(admin, c.id);
                Page office = newPage();
                signIn(office, "/login", admin, Scenario.PASSWORD);
                office.navigate(base + "/leadership/posts");
                gridCell(office, "Trưởng phòng Tổ chức cán bộ").click();
                assertThat(office.locator("#standard-text-0 textarea"))
                        .hasValue("Đang giữ ngạch chuyên viên hoặc tương đương trở lên");
                accessible(office, "leadership posts");
                screenshot(office, "leadership-posts");
            });
            Page candidate = newPage();
            step("a public servant applies for the head's post, naming the managing agency", () -> {
                signUp(candidate, username, "Nguyễn Thị Ánh Tuyết", "tuyet@example.vn");
                signIn(candidate, "/login", username, Scenario.PASSWORD);
                candidate.navigate(base + "/my-application");
                chooseCampaign(candidate, code);
                fillApplication(candidate, "TP-TCCB", "Nguyễn Thị Ánh Tuyết", "14/03/1984", "Nữ",
                        s.nextCitizenId(), "tuyet@example.vn");
                candidate.locator("#currentTitle input").fill("Phó Trưởng phòng");
                candidate.locator("#currentDivision input").fill("Phòng Tổ chức cán bộ");
                candidate.locator("#currentAgency input").fill("Sở Y tế");
                pick(candidate, "#managingAgency", "Sở Y tế (" + c.tag + ")");
                accessible(candidate, "leadership application form");
                candidate.locator("#submit-application").click();
                assertThat(candidate.locator("#nomination-status"))
                        .hasText("Cử dự thi: Chờ cơ quan quản lý cử (Sở Y tế (" + c.tag + "))");
                screenshot(candidate, "leadership-applied");
            });
            long app = s.jdbc.queryForObject("SELECT id FROM application WHERE campaign_id = ? AND full_name = ?",
                    Long.class, c.id, "Nguyễn Thị Ánh Tuyết");
            step("the managing agency uploads its letter and nominates", () -> {
                Page agency = newPage();
                signIn(agency, "/login", l.agency1(), Scenario.PASSWORD);
                assertThat(agency).hasURL(java.util.regex.Pattern.compile(".*/nominations$"));
                gridCell(agency, "Nguyễn Thị Ánh Tuyết").click();
                Path letter = Paths.get("target", "cong-van-cu-" + c.tag + ".pdf");
                Files.write(letter, Scenario.pdf("Sở Y tế cử bà Nguyễn Thị Ánh Tuyết dự thi"));
                agency.locator("#letter-upload input[type=file]").setInputFiles(letter);
                assertThat(notification(agency, "Đã tải công văn cử Nguyễn Thị Ánh Tuyết")).isVisible();
                agency.locator("#nominate").click();
                confirmDialog(agency, "Cử Nguyễn Thị Ánh Tuyết dự thi chức danh Trưởng phòng Tổ chức cán bộ");
                assertThat(gridCell(agency, "Đã được cơ quan quản lý cử")).isVisible();
                // axe reads the page at rest, not a notice fading in or out
                assertThat(agency.locator("vaadin-notification-card")).hasCount(0);
                accessible(agency, "nominations");
                screenshot(agency, "leadership-nominated");
            });
            step("the form-review board decides each standard and concludes", () -> {
                Page board = newPage();
                signIn(board, "/login", c.secretary, Scenario.PASSWORD);
                board.navigate(base + "/leadership/review");
                gridCell(board, "Nguyễn Thị Ánh Tuyết").click();
                assertThat(board.locator("#review-letter")).isVisible();
                for (int n = 1; n <= 8; n++) {
                    board.locator("#evidence-" + n + " input").fill("Hồ sơ cán bộ, mục " + n);
                    board.locator("#accept-" + n).click();
                    assertThat(board.locator("#standard-state-" + n)).hasText("Đạt");
                }
                board.locator("#conclude-review").click();
                assertThat(notification(board, "Đã kết luận hồ sơ.")).isVisible();
                assertThat(gridCell(board, "Đủ điều kiện dự thi")).isVisible();
                assertThat(board.locator("vaadin-notification-card")).hasCount(0);
                accessible(board, "leadership review");
                screenshot(board, "leadership-review");
            });
            // a second eligible candidate for the head's post, one for the deputy's, through the services
            s.eligibleFor(l, l.post1(), "Phạm Ngọc Ẩn");
            s.eligibleFor(l, l.post2(), "Lê Văn Dũng");
            s.closeRegistration(c);
            step("the chair withdraws the post with one candidate and lets the other go ahead", () -> {
                Page chair = newPage();
                signIn(chair, "/login", c.chair, Scenario.PASSWORD);
                chair.navigate(base + "/leadership/review");
                gridCell(chair, "Phó Trưởng phòng Kế hoạch – Tài chính – Sở Y tế").click();
                chair.locator("#decide-go-ahead").click();
                assertThat(notification(chair, "Chức danh này chỉ có 1 thí sinh đủ điều kiện")).isVisible();
                chair.locator("#post-reason input").fill("Chỉ có một thí sinh đủ điều kiện");
                chair.locator("#decide-withdraw").click();
                confirmDialog(chair, "Không tổ chức thi chức danh Phó Trưởng phòng Kế hoạch – Tài chính?");
                assertThat(stateCell(chair, "Không tổ chức thi")).isVisible();
                gridCell(chair, "Trưởng phòng Tổ chức cán bộ – Sở Y tế").click();
                chair.locator("#decide-go-ahead").click();
                assertThat(stateCell(chair, "Tổ chức thi")).isVisible();
                screenshot(chair, "leadership-posts-decided");
            });
            step("the candidate reads each standard's decision", () -> {
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#application-status")).hasText("Đủ điều kiện dự thi");
                assertThat(candidate.locator("#my-standards")).containsText("Đạt");
                accessible(candidate, "leadership candidacy");
                screenshot(candidate, "leadership-candidate-outcome");
            });
            s.asUser(c.secretary, () -> {
                s.registration.publishEligibleList(c.id);
                return null;
            });
            long an = s.jdbc.queryForObject("SELECT id FROM application WHERE campaign_id = ? AND full_name = ?",
                    Long.class, c.id, "Phạm Ngọc Ẩn");
            // part 1, the written paper, marked blind by two markers through the services: both through the gate (50)
            s.markWritten(s.markingBoard(c), l.post1(), 1, Map.of(app, "72.5", an, "68"));
            step("the secretary sets the đề án deadline and draws the presentations", () -> {
                Page secretary = newPage();
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/leadership/ballots");
                // a week ahead of the application's clock (the test clock), in the campaign's time zone
                dateTime(secretary, "#deadline-TP-TCCB", today().plusDays(7), "17:00");
                secretary.locator("#save-deadline-TP-TCCB").click();
                assertThat(notification(secretary, "Đã lưu hạn nộp đề án.")).isVisible();
                assertThat(secretary.locator("#rooms-TP-TCCB input")).hasValue("Phòng họp số 1");
                dateTime(secretary, "#start-TP-TCCB", today().plusDays(10), "14:00");
                secretary.locator("#draw-TP-TCCB").click();
                confirmDialog(secretary, "Bốc thăm thứ tự và phòng trình bày đề án của chức danh "
                        + "Trưởng phòng Tổ chức cán bộ?");
                Locator schedule = secretary.locator("#schedule-TP-TCCB");
                assertThat(schedule).containsText("Nguyễn Thị Ánh Tuyết");
                assertThat(schedule).containsText("Phạm Ngọc Ẩn");
                assertThat(schedule).containsText("Phòng họp số 1");
                assertThat(schedule).containsText(today().plusDays(10).format(DMY));
                assertThat(secretary.locator("#deadline-TP-TCCB vaadin-date-picker input"))
                        .hasValue(today().plusDays(7).format(DMY));
                assertThat(secretary.locator("vaadin-notification-card")).hasCount(0);
                accessible(secretary, "proposal deadline and schedule");
                screenshot(secretary, "leadership-proposal-schedule");
            });
            step("the candidate uploads the đề án before the deadline", () -> {
                candidate.navigate(base + "/my-proposal");
                assertThat(candidate.locator("#proposal-deadline"))
                        .hasText("Hạn nộp đề án: 17:00 " + today().plusDays(7).format(DMY) + ".");
                Path proposal = Paths.get("target", "de-an-" + c.tag + ".pdf");
                Files.write(proposal, Scenario.pdf("Đề án: nâng cao chất lượng công tác tổ chức cán bộ Sở Y tế"));
                candidate.locator("#proposal-upload input[type=file]").setInputFiles(proposal);
                assertThat(notification(candidate, "Đã nộp đề án.")).isVisible();
                assertThat(candidate.locator("#proposal-current")).containsText("de-an-" + c.tag + ".pdf");
                assertThat(candidate.locator("#proposal-open")).isVisible();
                assertThat(candidate.locator("vaadin-notification-card")).hasCount(0);
                accessible(candidate, "my proposal");
                screenshot(candidate, "leadership-my-proposal");
            });
            // the council: its chair and secretary, and two members seated for part 2
            s.seatOnCouncil(c, c.grader1, c.grader2);
            // two of the four ballots on Ms Tuyết are in before the member's own
            ballot(c.chair, app, "43", "17", "25");
            ballot(c.secretary, app, "42", "17", "25");
            step("a council member casts secret ballots and sees only their own", () -> {
                Page member = newPage();
                signIn(member, "/login", c.grader1, Scenario.PASSWORD);
                member.navigate(base + "/leadership/ballots");
                assertThat(member.locator("#my-ballots")).containsText("Chưa chấm");
                castBallot(member, "Nguyễn Thị Ánh Tuyết", true, "86", "44", "17", "25");
                castBallot(member, "Phạm Ngọc Ẩn", false, "70", "35", "14", "21");
                assertThat(member.locator("#my-ballots")).not().containsText("Chưa chấm");
                // 3 of 4 ballots in: the count only, no other member's ballot, no spread, no mean
                Locator tally = member.locator("#tally-TP-TCCB");
                assertThat(tally).containsText("3/4");
                assertThat(tally).containsText("1/4");
                assertThat(tally).containsText("Chưa đủ phiếu");
                assertThat(tally).not().containsText("Thành viên");
                assertThat(tally).not().containsText("85");     // the chair's ballot and the mean to come
                assertThat(tally).not().containsText("84");     // the secretary's ballot
                assertThat(member.locator("#close-ballots-TP-TCCB")).hasCount(0);   // the chair's alone
                assertThat(member.locator("vaadin-notification-card")).hasCount(0);
                accessible(member, "member's ballots");
                screenshot(member, "leadership-member-ballots");
            });
            ballot(c.grader2, app, "43", "17", "25");
            ballot(c.chair, an, "36", "14", "21");
            ballot(c.secretary, an, "34", "14", "21");
            ballot(c.grader2, an, "35", "14", "21");
            step("the chair reads the tally and closes the ballots", () -> {
                Page chair = newPage();
                signIn(chair, "/login", c.chair, Scenario.PASSWORD);
                chair.navigate(base + "/leadership/ballots");
                Locator tally = chair.locator("#tally-TP-TCCB");
                assertThat(tally).containsText("4/4");
                assertThat(tally).containsText("Trung bình cộng");
                // every ballot, unnamed, by total; the mean: (86 + 85 + 85 + 84) / 4 = 85, (71 + 70 + 70 + 69) / 4 = 70
                assertThat(tally).containsText("Thành viên 1: 86; Thành viên 2: 85; Thành viên 3: 85; Thành viên 4: 84");
                assertThat(tally).containsText("Thành viên 1: 71; Thành viên 2: 70; Thành viên 3: 70; Thành viên 4: 69");
                assertThat(stateCell(chair, "85")).isVisible();
                assertThat(stateCell(chair, "70")).isVisible();
                accessible(chair, "ballot tally");
                screenshot(chair, "leadership-tally");
                chair.locator("#close-ballots-TP-TCCB").click();
                confirmDialog(chair, "Khóa phiếu chấm đề án của chức danh Trưởng phòng Tổ chức cán bộ?");
                assertThat(notification(chair, "Đã khóa phiếu chấm.")).isVisible();
                assertThat(chair.locator("h3", new Page.LocatorOptions().setHasText(
                        "Trưởng phòng Tổ chức cán bộ – đã khóa phiếu"))).isVisible();
                assertThat(chair.locator("#close-ballots-TP-TCCB")).hasCount(0);
            });
            Page secretary = newPage();
            step("the secretary computes the results", () -> {
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/results");
                secretary.locator("#compute-results").click();
                confirmDialog(secretary, "tạo phiên bản 1");
                assertThat(notification(secretary, "Đã tính phiên bản 1: 1 người trúng tuyển")).isVisible();
                assertThat(secretary.locator("#results-status")).containsText("Dự thảo");
            });
            Page chair = newPage();
            step("the chair reads parts 1 and 2 and the drafts, approves, downloads the report", () -> {
                signIn(chair, "/login", c.chair, Scenario.PASSWORD);
                chair.navigate(base + "/results");
                Locator grid = chair.locator("#results-grid");
                for (String header : List.of("Phần 1 (thi viết)", "Phần 2 (đề án)", "Điểm xét trúng tuyển")) {
                    assertThat(cellIn(grid, header)).isVisible();
                }
                assertThat(rowOf(grid, "Nguyễn Thị Ánh Tuyết")).contains("Trưởng phòng Tổ chức cán bộ")
                        .endsWith("Nguyễn Thị Ánh Tuyết | 14/03/1984 | 72,5 | 85 | 85 | Trúng tuyển");
                assertThat(rowOf(grid, "Phạm Ngọc Ẩn")).endsWith(" | 68 | 70 | 70 | Không trúng tuyển");
                Locator papers = chair.locator("#papers-grid");
                assertThat(chair.locator("#leadership-papers")).containsText("Biên bản và báo cáo");
                // per post that went ahead its three papers, and the report: each a draft before the approval
                assertThat(papers.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                        .setHasText(Pattern.compile("^Dự thảo$")))).hasCount(4);
                assertThat(chair.locator("#paper-report")).isVisible();
                assertThat(chair.locator("vaadin-notification-card")).hasCount(0);
                accessible(chair, "leadership results draft");
                screenshot(chair, "leadership-results-draft");
                chair.locator("#approve-results").click();
                confirmDialog(chair, "Phê duyệt kết quả phiên bản 1 (1 người trúng tuyển)");
                assertThat(chair.locator("#results-status")).containsText("Đã phê duyệt");
                assertThat(papers.locator("vaadin-grid-cell-content", new Locator.LocatorOptions()
                        .setHasText(Pattern.compile("^Đã khóa ngày ")))).hasCount(4);
                assertThat(papers).not().containsText("Dự thảo");
                String href = (String) chair.locator("#paper-report").evaluate("a => a.href");
                APIResponse report = chair.request().get(href);
                assertThat(report.status()).isEqualTo(200);
                assertThat(report.headers().get("content-type")).startsWith("application/pdf");
                assertThat(Scenario.pdfText("journey-leadership-report", report.body()).replaceAll("\\s+", " "))
                        .contains("BÁO CÁO", "Nguyễn Thị Ánh Tuyết").doesNotContain("DỰ THẢO");
                String minutesHref = (String) chair.locator("#paper-result-minutes-" + l.post1())
                        .evaluate("a => a.href");
                assertThat(Scenario.pdfText("journey-leadership-result-minutes",
                        chair.request().get(minutesHref).body()).replaceAll("\\s+", " "))
                        .contains("Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn").doesNotContain("DỰ THẢO");
                assertThat(chair.locator("vaadin-notification-card")).hasCount(0);
                accessible(chair, "leadership results approved");
                screenshot(chair, "leadership-results-approved");
            });
            step("the secretary publishes with the document's number", () -> {
                secretary.navigate(base + "/results");
                secretary.locator("#document-number input").fill("09/TB-HĐTT");
                secretary.locator("#publish-results").click();
                confirmDialog(secretary, "Công bố kết quả phiên bản 1: danh sách 2 thí sinh (1 trúng tuyển)");
                assertThat(secretary.locator("#results-status")).containsText("Đã công bố");
                assertThat(secretary.locator("vaadin-notification-card")).hasCount(0);
                accessible(secretary, "leadership results published");
                screenshot(secretary, "leadership-results-published");
            });
            step("anyone reads the published winner, on the page and in the JSON", () -> {
                Page anonymous = newPage();
                anonymous.navigate(base + "/public/results");
                Locator grid = anonymous.locator("[id='public-results-" + code + "']");
                grid.scrollIntoViewIfNeeded();
                for (String header : List.of("Phần 1 (thi viết)", "Phần 2 (đề án)", "Điểm xét trúng tuyển")) {
                    assertThat(cellIn(grid, header)).isVisible();
                }
                assertThat(rowOf(grid, "Nguyễn Thị Ánh Tuyết"))
                        .endsWith("Trưởng phòng Tổ chức cán bộ | 72,5 | 85 | 85 | Trúng tuyển");
                assertThat(rowOf(grid, "Phạm Ngọc Ẩn")).endsWith(" | 68 | 70 | 70 | Không trúng tuyển");
                accessible(anonymous, "public leadership results");
                screenshot(anonymous, "leadership-public-results");
                APIResponse json = anonymous.request().get(base + "/api/public/campaigns/" + code + "/results");
                assertThat(json.status()).isEqualTo(200);
                assertThat(json.text()).contains("\"kind\":\"LEADERSHIP\"", "\"fullName\":\"Nguyễn Thị Ánh Tuyết\"",
                        "\"part1Score\":72.5", "\"part2Score\":85", "\"finalScore\":85", "\"outcome\":\"WINNER\"");
            });
            step("the candidate's page after the publication", () -> {
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#application-status")).hasText("Đủ điều kiện dự thi");
                // her own parts and outcome: no rounds, no priority points
                assertThat(candidate.locator("#my-result")).containsText("Phần 1 (thi viết)");
                assertThat(candidate.locator("#my-result")).containsText("72,5");
                assertThat(candidate.locator("#my-result")).containsText("Điểm xét trúng tuyển");
                assertThat(candidate.locator("#my-outcome")).hasText("Trúng tuyển");
                assertThat(candidate.locator("#my-result")).not().containsText("Vòng 1");
                assertThat(candidate.locator("vaadin-notification-card")).hasCount(0);
                accessible(candidate, "leadership candidate's result");
                screenshot(candidate, "leadership-candidate-result");
            });
        } finally {
            screenshots();
        }
        assertThat(s.leadershipPosts.post(l.post2()).orElseThrow().state()).isEqualTo(PostState.WITHDRAWN);
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleCandidates(c.id)))
                .extracting(x -> x.fullName()).containsExactlyInAnyOrder("Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn");
        assertThat(s.asUser(c.secretary, () -> s.results().published(c.id))).hasValueSatisfying(
                p -> assertThat(p.documentNumber()).isEqualTo("09/TB-HĐTT"));
        assertThat(serverErrors).isEmpty();
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Today on the application's clock, in the campaign's time zone. */
    private LocalDate today() {
        return LocalDate.now(s.clock.withZone(vn.thituyen.common.ClockConfiguration.ZONE));
    }

    /** Types a day and a time into a date-time picker, as a person does, each confirmed with Enter. */
    private static void dateTime(Page page, String picker, LocalDate day, String time) {
        Locator date = page.locator(picker + " vaadin-date-picker input");
        date.fill(day.format(DMY));
        date.press("Enter");
        Locator at = page.locator(picker + " vaadin-time-picker input");
        at.fill(time);
        at.press("Enter");
        assertThat(date).hasValue(day.format(DMY));
        assertThat(at).hasValue(time);   // from 10:00: the Vietnamese time picker drops a leading zero (8:00)
    }

    /** On /leadership/ballots, the member opens a candidate's ballot, scores each criterion, confirms the total. */
    private static void castBallot(Page member, String fullName, boolean uploaded, String total, String... points) {
        gridCell(member, fullName).click();
        assertThat(member.locator("h3", new Page.LocatorOptions().setHasText("Phiếu chấm đề án của thí sinh "
                + fullName))).isVisible();
        // the council reads the đề án in the browser, where the candidate uploaded one
        assertThat(member.locator("#read-proposal")).hasCount(uploaded ? 1 : 0);
        for (int i = 0; i < points.length; i++) {
            member.locator("#ballot-point-" + (i + 1) + " input").fill(points[i]);
        }
        member.locator("#cast-ballot").click();
        confirmDialog(member, "Nộp phiếu chấm thí sinh " + fullName + " với tổng " + total + " điểm?");
        assertThat(notification(member, "Đã nộp phiếu chấm thí sinh " + fullName + ".")).isVisible();
        assertThat(member.locator("#my-ballot")).hasText("Phiếu của bạn: " + String.join("; ", points) + " – tổng "
                + total + " điểm.");
    }

    /** A member's secret ballot through the service, one score per criterion. */
    private void ballot(String member, long applicationId, String... points) {
        s.asUser(member, () -> {
            defence.castBallot(applicationId, Arrays.stream(points).map(BigDecimal::new).toList());
            return null;
        });
    }

    private static Locator cellIn(Locator grid, String text) {
        return grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(text)).first();
    }

    /**
     * The text of the grid's row that shows this name, its cells joined with " | ", once the grid shows it: a Vaadin
     * grid's cells live in its light DOM, each slotted into a cell of a row of its shadow DOM, read through the slots.
     */
    @SuppressWarnings("unchecked")
    private static String rowOf(Locator grid, String name) {
        String[] found = new String[1];
        grid.page().waitForCondition(() -> {
            List<String> rows = (List<String>) grid.evaluate("g => [...g.shadowRoot.querySelectorAll('tbody tr')]"
                    + ".map(tr => [...tr.querySelectorAll('td slot')].map(s => s.assignedNodes()"
                    + ".map(n => n.textContent.trim()).join('')).join(' | '))");
            found[0] = rows.stream().filter(r -> r.contains(name)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
