package vn.thituyen;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.delivery.domain.TicketToken;
import vn.thituyen.registration.FeeService;
import vn.thituyen.registration.RegistrationService.RoomDraft;
import vn.thituyen.results.ResultsService;

/**
 * Issue 15 in a real browser, from the candidate's side: she uploads her portrait, reads her fee, downloads her
 * admission ticket (its text read, its QR code decoded), reads her notices, is checked in at the door by the ticket's
 * code scanned into the invigilator's console, and after publication reads her result part by part with the way to
 * appeal her written paper; told she won, she uploads her dossier and the secretary checks it. The office's steps in between go through the services.
 */
@ApplicationTest
class CandidateJourneyIT extends JourneyBase {

    @Autowired TicketToken tokens;
    @Autowired FeeService fees;
    @Autowired ResultsService results;

    @Test
    void aCandidatesCampaignFromHerDocumentsToTheAppealButton() throws Exception {
        base = "http://localhost:" + port;
        Scenario.Campaign c = s.newCampaign(RuleSet.CIVIL_SERVANT_2025, List.of(
                new ExamPlanRule.Part(PartKind.WRITTEN_PAPER, 180, new BigDecimal("100"), 70, new BigDecimal("50")),
                new ExamPlanRule.Part(PartKind.INTERVIEW, 30, new BigDecimal("100"), 30, new BigDecimal("50"))));
        Scenario.MarkingBoard b = s.markingBoard(c);
        long an = s.apply(c, c.position1, "Nguyễn Thị An", null);
        long cuc = s.apply(c, c.position1, "Lê Thị Cúc", null);
        s.asUser(c.secretary, () -> s.registration.saveRoom(c.id, null, new RoomDraft(
                "Trường THPT Nguyễn Trãi, 12 Hồng Quang", "Phòng A1", 10, LocalDateTime.of(2027, 3, 14, 7, 30))));
        Path portrait = portrait(c.tag);
        String[] token = new String[1];
        try {
            Page candidate = newPage();
            step("the candidate uploads her portrait and reads her fee", () -> {
                signIn(candidate, "/login", c.candidates.get(0), Scenario.PASSWORD);
                candidate.navigate(base + "/my-application");
                candidate.locator("#upload-PORTRAIT input[type=file]").setInputFiles(portrait);
                assertThat(notification(candidate, "chan-dung")).isVisible();
                assertThat(candidate.locator("#documents-PORTRAIT img")).isVisible();
                assertThat(candidate.locator("#my-fee")).containsText("500.000 đồng – chưa nộp");
                assertThat(candidate.locator("vaadin-notification-card")).hasCount(0);
                accessible(candidate, "candidate's page with documents");
                screenshot(candidate, "candidate-documents");
            });
            s.acceptAllAndPublish(c);
            String number = s.registration.candidate(an).candidateNumber();
            step("the admission ticket: downloaded, read, its code decoded", () -> {
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#candidate-number")).containsText(number);
                // the link opens the PDF in a new tab: fetched in her own browser session, as the tab does
                com.microsoft.playwright.Locator link = candidate.locator("#admission-ticket");
                assertThat(link).hasAttribute("target", "_blank");
                String href = (String) link.evaluate("a => a.href");
                assertThat(href).endsWith("/giay-bao-du-thi-" + number + ".pdf");
                com.microsoft.playwright.APIResponse ticket = candidate.request().get(href);
                assertThat(ticket.status()).isEqualTo(200);
                assertThat(ticket.headers().get("content-type")).startsWith("application/pdf");
                byte[] pdf = ticket.body();
                String text = Scenario.pdfText("journey-admission-ticket", pdf).replaceAll("\\s+", " ");
                assertThat(text).contains("GIẤY BÁO DỰ THI", "Nguyễn Thị An", number, "Phòng A1",
                        "Trường THPT Nguyễn Trãi, 12 Hồng Quang", "Phần 1: Kiến thức chung", "07:30 ngày 14/03/2027",
                        "Vòng 2 – Phần 1: Thi viết", "Vòng 2 – Phần 2: Phỏng vấn", "Theo giấy triệu tập vòng 2")
                        .doesNotContain("Lê Thị Cúc", "Ảnh 4x6");
                token[0] = Scenario.qrOf(pdf);
                assertThat(tokens.verify(token[0])).contains(new TicketToken.Holder(an, c.id));
                screenshot(candidate, "candidate-ticket");
            });
            step("her notices: received, accepted, the eligible list with her number", () -> {
                candidate.navigate(base + "/my-notices");
                assertThat(candidate.locator("body")).containsText("Danh sách thí sinh đủ điều kiện dự thi");
                assertThat(candidate.locator("body")).containsText("Số báo danh: " + number);
                assertThat(candidate.locator("body")).containsText("Đã nhận phiếu đăng ký dự tuyển");
                accessible(candidate, "candidate's notices");
                screenshot(candidate, "candidate-notices");
            });
            s.asUser(c.secretary, () -> fees.record(an, new FeeService.PaymentDraft("BL-" + c.tag,
                    LocalDate.now(s.clock.withZone(ClockConfiguration.ZONE)), null)));
            List<Long> sittings = s.openSittingsWithoutCheckIn(c);
            step("at the door the invigilator scans her ticket; Cúc, unpaid, is flagged", () -> {
                Page door = newPage();
                signIn(door, "/login", c.invigilator, Scenario.PASSWORD);
                door.navigate(base + "/sittings");
                gridCell(door, "Phòng A1").click();
                assertThat(door.locator("#unpaid-warning")).containsText("Lê Thị Cúc");
                door.locator("#check-in-code input").fill(token[0]);
                door.locator("#check-in-code input").press("Enter");
                assertThat(notification(door, "Đã điểm danh: " + number + " – Nguyễn Thị An")).isVisible();
                screenshot(door, "candidate-check-in");
            });
            step("her exam screen shows her photo beside her name and number", () -> {
                String otp = s.asUser(c.invigilator, () -> s.console.roster(sittings.get(0))).stream()
                        .filter(r -> r.candidateNumber().equals(number)).findFirst().orElseThrow()
                        .oneTimePassword();
                Page exam = newPage();
                signIn(exam, "/exam-login", number, otp);
                exam.navigate(base + "/exam");
                assertThat(exam.locator("#exam-number")).hasText(number);
                assertThat(exam.locator("#exam-photo")).isVisible();
                assertThat(((Number) exam.locator("#exam-photo").evaluate("img => img.naturalWidth")).intValue())
                        .isGreaterThan(0);
                accessible(exam, "exam screen with the candidate's photo");
                screenshot(exam, "candidate-exam-photo");
                exam.context().close();
            });
            s.checkInEveryone(c, sittings);
            s.sit(an, 45);
            s.sit(cuc, 50);
            s.interview(c, an, "80", "80");
            s.interview(c, cuc, "60", "60");
            s.markWritten(b, c.position1, 1, Map.of(an, "70", cuc, "45"));
            long set = s.asUser(c.secretary, () -> results.compute(c.id));
            s.asUser(c.chair, () -> {
                results.approve(set);
                return null;
            });
            s.asUser(c.secretary, () -> {
                results.publish(set, "12/TB-HĐTD");
                return null;
            });
            step("her result part by part, and the way to appeal her written paper", () -> {
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#my-result")).containsText("Vòng 2 – Phần 1: Thi viết");
                assertThat(candidate.locator("#my-result")).containsText("70/100 điểm (trọng số 70 %)");
                assertThat(candidate.locator("#my-result")).containsText("80/100 điểm (trọng số 30 %)");
                assertThat(candidate.locator("#my-outcome")).hasText("Trúng tuyển");
                assertThat(candidate.locator("#my-fee")).containsText("đã nộp 500.000 đồng");
                assertThat(candidate.locator("#my-appeal")).containsText("đến hết ngày");
                accessible(candidate, "candidate's result");
                screenshot(candidate, "candidate-result");
                candidate.locator("#appeal-button").click();
                assertThat(candidate).hasURL(Pattern.compile(".*/my-appeals$"));
                assertThat(candidate.locator("#file-appeal-1")).isVisible();
                assertThat(candidate.locator("body")).containsText("Chỉ được phúc khảo bài thi viết");
            });
            step("the winner's notice and her dossier: she uploads her judicial record", () -> {
                candidate.navigate(base + "/my-notices");
                assertThat(candidate.locator("body")).containsText("Thông báo trúng tuyển");
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#dossier-state")).containsText("Hạn hoàn thiện hồ sơ: hết ngày");
                Path record = Paths.get("target", "ly-lich-tu-phap-" + c.tag + ".pdf");
                java.nio.file.Files.write(record, Scenario.pdf("Phiếu lý lịch tư pháp số 2 – Nguyễn Thị An"));
                candidate.locator("#dossier-upload-JUDICIAL_RECORD input[type=file]").setInputFiles(record);
                assertThat(notification(candidate, "ly-lich-tu-phap")).isVisible();
                assertThat(candidate.locator("#dossier-item-JUDICIAL_RECORD a")).containsText("ly-lich-tu-phap");
                assertThat(candidate.locator("vaadin-notification-card")).hasCount(0);
                accessible(candidate, "winner's dossier");
                screenshot(candidate, "candidate-dossier");
            });
            step("the secretary checks the judicial record against the original", () -> {
                Page secretary = newPage();
                signIn(secretary, "/login", c.secretary, Scenario.PASSWORD);
                secretary.navigate(base + "/winners");
                gridCell(secretary, "Nguyễn Thị An").click();
                assertThat(secretary.locator("#item-JUDICIAL_RECORD")).containsText("ly-lich-tu-phap");
                secretary.locator("#verify-JUDICIAL_RECORD").click();
                assertThat(secretary.locator("#item-check-JUDICIAL_RECORD")).containsText("Hợp lệ (đối chiếu bởi "
                        + c.secretary);
                assertThat(secretary.locator("vaadin-notification-card")).hasCount(0);
                accessible(secretary, "winners' dossiers");
                screenshot(secretary, "winners-dossier-check");
                candidate.navigate(base + "/my-application");
                assertThat(candidate.locator("#dossier-check-JUDICIAL_RECORD")).containsText("Đã đối chiếu, hợp lệ");
            });
        } finally {
            assertThat(serverErrors).as("HTTP 5xx responses").isEmpty();
            assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
        }
    }

    /** A portrait-shaped PNG on disk, as the candidate's phone would give it. */
    private static Path portrait(String tag) throws java.io.IOException {
        BufferedImage img = new BufferedImage(240, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(70, 110, 160));
        g.fillRect(0, 0, 240, 360);
        g.setColor(new Color(240, 210, 180));
        g.fillOval(60, 60, 120, 150);
        g.dispose();
        Path file = Paths.get("target", "chan-dung-" + tag + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
