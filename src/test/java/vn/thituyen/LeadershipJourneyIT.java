package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import vn.thituyen.campaign.PostState;

/**
 * Issue 14 in a real browser, from the office's posts to the decision on each post's exam: a public servant applies
 * for a head-of-division post naming the managing agency; the agency uploads its letter and nominates; the form-review
 * board decides each standard and concludes; the chair withdraws the post with a single candidate and lets the other
 * go ahead; the candidate reads each standard's decision on their page. (Part 2 and the result follow.)
 */
@ApplicationTest
class LeadershipJourneyIT extends JourneyBase {

    /**
     * A grid cell whose whole text is this (Playwright's "has text" alone would match "Không tổ chức thi" too). The
     * pattern runs as a JavaScript regular expression: plain text only, no Java quoting.
     */
    private static com.microsoft.playwright.Locator stateCell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(
                java.util.regex.Pattern.compile("^" + text + "$"))).first();
    }

    @Test
    void fromTheNominationToTheDecisionOnEachPost() {
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
        } finally {
            screenshots();
        }
        assertThat(s.leadershipPosts.post(l.post2()).orElseThrow().state()).isEqualTo(PostState.WITHDRAWN);
        assertThat(s.asUser(c.secretary, () -> s.registration.eligibleCandidates(c.id)))
                .extracting(x -> x.fullName()).containsExactlyInAnyOrder("Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn");
        assertThat(serverErrors).isEmpty();
    }
}
