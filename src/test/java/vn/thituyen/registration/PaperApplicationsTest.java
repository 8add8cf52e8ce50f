package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.Role;

/**
 * Issue 15 § 8: applications received on paper imported from the office's list (all rows or none, the online form's
 * checks, row and column named), and the registration lists in Excel (applications, eligible list, hand-in lists).
 */
@ApplicationTest
public class PaperApplicationsTest {

    @Autowired Scenario s;
    @Autowired PaperApplications paper;
    @Autowired RegistrationLists lists;

    private Scenario.Campaign c;
    private String anCitizenId;

    @BeforeEach
    void oneOnlineCandidate() {
        c = s.newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Văn An", null);
        anCitizenId = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .filter(a -> a.id() == an).findFirst().orElseThrow().citizenId();
    }

    private List<RegistrationService.MyApplication> applications() {
        return s.asUser(c.secretary, () -> s.registration.applications(c.id));
    }

    @Test
    void aListWithABadRowStoresNothingAndAGoodListStoresEveryRowAsEnteredByTheSecretary() {
        String binh = s.nextCitizenId();
        String cuong = s.nextCitizenId();
        String young = s.nextCitizenId();
        List<Object> tooYoung = PaperLists.row(4, "Đỗ Văn Em", LocalDate.of(2015, 1, 1), "Nam", young, "VT01");
        List<Object> badPhone = PaperLists.row(5, "Vũ Thị Giang", "02/02/1992", "Nữ", s.nextCitizenId(), "VT02");
        badPhone.set(6, "12345");
        byte[] bad = PaperLists.xlsx(PaperLists.HEADER, List.of(
                PaperLists.row(1, "Trần Thị Bình", LocalDate.of(1994, 5, 6), "Nữ", binh, "VT01"),
                PaperLists.row(2, "Lê Văn An", "14/03/1995", "Nam", anCitizenId, "VT01"),
                PaperLists.row(3, "Trần Bình", "31/02/1995", "Nữ", binh, "VT02"),
                tooYoung, badPhone));
        PaperApplications.Preview preview = s.asUser(c.secretary, () -> paper.preview(c.id, bad));
        assertThat(preview.ok()).isFalse();
        assertThat(preview.entries()).hasSize(5);
        // rows as Excel numbers them: two title lines, a blank one, the header on row 4
        assertThat(preview.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key()).containsExactly(
                "6 CITIZEN_ID validation.citizenId.taken",
                "7 DATE_OF_BIRTH paper.import.date",
                "7 CITIZEN_ID paper.import.citizenIdTwice",
                "8 DATE_OF_BIRTH validation.dob.age",
                "9 PHONE validation.phone");
        assertThat(preview.problems().stream().filter(p -> p.key().equals("paper.import.citizenIdTwice"))
                .findFirst().orElseThrow().detail()).isEqualTo("5");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> paper.importApplications(c.id, bad, "giay.xlsx")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("paper.import.refused");
                    assertThat(e.params()).containsExactly(5);
                });
        // nothing half-stored: neither the good row's application nor its account
        assertThat(applications()).hasSize(1);
        assertThat(s.identity.exists("hsg-" + binh)).isFalse();

        List<Object> withPriority = PaperLists.row(2, "Lê Văn Cường", "01/12/1990", "nam", cuong, "vt02");
        withPriority.set(12, "Người dân tộc thiểu số");
        byte[] good = PaperLists.xlsx(PaperLists.HEADER, List.of(
                PaperLists.row(1, "Trần Thị Bình", LocalDate.of(1994, 5, 6), "Nữ", binh, "VT01"), withPriority));
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, good)).ok()).isTrue();
        assertThat(s.asUser(c.secretary, () -> paper.importApplications(c.id, good, "giay.xlsx"))).isEqualTo(2);
        Map<String, RegistrationService.MyApplication> byName = applications().stream()
                .collect(Collectors.toMap(RegistrationService.MyApplication::fullName, a -> a));
        assertThat(byName).containsOnlyKeys("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        RegistrationService.MyApplication b = byName.get("Trần Thị Bình");
        assertThat(b.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(b.dateOfBirth()).isEqualTo(LocalDate.of(1994, 5, 6));
        assertThat(b.citizenId()).isEqualTo(binh);
        assertThat(byName.get("Lê Văn Cường").priorities()).extracting(RegistrationService.Claim::category)
                .containsExactly(vn.thituyen.campaign.PriorityCategory.ETHNIC_MINORITY);
        assertThat(byName.get("Lê Văn Cường").positionId()).isEqualTo(c.position2);
        // each person has an account of their own, not usable until handed over; each application says who typed it
        var account = s.identity.findByUsername("hsg-" + binh).orElseThrow();
        assertThat(account.role()).isEqualTo(Role.CANDIDATE);
        assertThat(account.enabled()).isFalse();
        assertThat(s.jdbc.queryForObject("SELECT entered_by FROM application WHERE id = ?", String.class, b.id()))
                .isEqualTo(c.secretary);
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PaperApplicationsImported'"
                + " AND subject = ? AND actor = ?", Integer.class, "campaignId=" + c.id, c.secretary)).isEqualTo(1);
        // the same list again: every row is now a citizen ID taken in the campaign
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, good)).problems())
                .extracting(p -> p.row() + " " + p.key())
                .containsExactly("5 validation.citizenId.taken", "6 validation.citizenId.taken");
    }

    @Test
    void onlyTheCampaignsSecretaryOrAnAdministratorImportsAndOnlyWhileRegistrationIsOpen() throws Exception {
        byte[] good = PaperLists.xlsx(PaperLists.HEADER, List.of(PaperLists.row(1, "Trần Thị Bình", "06/05/1994",
                "Nữ", s.nextCitizenId(), "VT01")));
        assertThatThrownBy(() -> s.asUser(c.chair, () -> paper.preview(c.id, good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(c.chair, () -> paper.importApplications(c.id, good, "x.xlsx")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(c.candidates.get(0), () -> lists.applicationsXlsx(c.id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> s.asUser(c.chair, () -> lists.applicationsXlsx(c.id)))
                .isInstanceOf(AccessDeniedException.class);
        // the secretary of another campaign reaches neither the import nor the lists of this one
        Scenario.Campaign other = s.newCampaign();
        assertThatThrownBy(() -> s.asUser(other.secretary, () -> paper.importApplications(c.id, good, "x.xlsx")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> s.asUser(other.secretary, () -> lists.applicationsXlsx(c.id)))
                .isInstanceOf(DomainException.class);
        // a file that is not a workbook, or too large, is said so
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, "not a workbook".getBytes())).problems())
                .extracting(PaperApplications.Problem::key).containsExactly("paper.import.unreadable");
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, new byte[PaperApplications.MAX_BYTES + 1]))
                .problems()).extracting(PaperApplications.Problem::key).containsExactly("paper.import.tooLarge");
        // the template is a list the reader takes: its header recognised, its values sheet naming the positions
        byte[] template = s.asUser(c.secretary, () -> paper.template(c.id));
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, template)).problems())
                .extracting(PaperApplications.Problem::key).containsExactly("paper.import.empty");
        try (Workbook wb = read(template)) {
            assertThat(texts(wb.getSheetAt(0).getRow(4))).startsWith("STT", "Họ và tên", "Ngày sinh");
            List<String> codes = new ArrayList<>();
            for (Row row : wb.getSheet("Danh mục")) {
                codes.add(new DataFormatter().formatCellValue(row.getCell(2)));
            }
            assertThat(codes).contains("VT01", "VT02", "ETHNIC_MINORITY");
        }
        s.closeRegistration(c);
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> paper.importApplications(c.id, good, "x.xlsx")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.registration.closed"));
        assertThat(applications()).hasSize(1);
    }

    @Test
    void theApplicationsTheEligibleListAndTheHandInListsReadBackFromExcel() throws Exception {
        byte[] good = PaperLists.xlsx(PaperLists.HEADER, List.of(PaperLists.row(1, "=Trần Thị Bình", "06/05/1994",
                "Nữ", s.nextCitizenId(), "VT02")));
        // a name starting with "=" is refused by the form's own check, so the list is refused: formulas never enter
        assertThat(s.asUser(c.secretary, () -> paper.preview(c.id, good)).problems())
                .extracting(p -> p.column() + " " + p.key()).containsExactly("FULL_NAME validation.name.chars");
        s.asUser(c.secretary, () -> paper.importApplications(c.id, PaperLists.xlsx(PaperLists.HEADER,
                List.of(PaperLists.row(1, "Trần Thị Bình", "06/05/1994", "Nữ", s.nextCitizenId(), "VT02"))),
                "giay.xlsx"));
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> lists.eligibleListXlsx(c.id)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.notPublished"));
        long binhId = applications().stream().filter(a -> a.fullName().equals("Trần Thị Bình")).findFirst()
                .orElseThrow().id();
        s.asUser(c.secretary, () -> {
            s.registration.reject(binhId, "Thiếu bằng tốt nghiệp");
            return null;
        });
        try (Workbook wb = read(s.asUser(c.secretary, () -> lists.applicationsXlsx(c.id)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH HỒ SƠ ĐĂNG KÝ DỰ TUYỂN");
            assertThat(texts(sheet.getRow(3))).containsExactly("STT", "SBD", "Họ và tên", "Ngày sinh", "Giới tính",
                    "Số CCCD", "Vị trí dự tuyển", "Đối tượng ưu tiên", "Miễn thi", "Trạng thái", "Lý do", "Ngày nộp",
                    "Hình thức nộp");
            Row an = sheet.getRow(4);
            assertThat(an.getCell(2).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(an.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1995, 3, 14));
            assertThat(an.getCell(5).getStringCellValue()).isEqualTo(anCitizenId);
            assertThat(an.getCell(9).getStringCellValue()).isEqualTo("Đã nộp, chờ xét duyệt");
            assertThat(an.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC); // a date and time
            assertThat(an.getCell(12).getStringCellValue()).isEqualTo("Trực tuyến");
            Row binh = sheet.getRow(5);
            assertThat(binh.getCell(2).getStringCellValue()).isEqualTo("Trần Thị Bình");
            assertThat(binh.getCell(4).getStringCellValue()).isEqualTo("Nữ");
            assertThat(binh.getCell(9).getStringCellValue()).isEqualTo("Không đủ điều kiện");
            assertThat(binh.getCell(10).getStringCellValue()).isEqualTo("Thiếu bằng tốt nghiệp");
            assertThat(binh.getCell(12).getStringCellValue()).isEqualTo("Hồ sơ giấy (" + c.secretary + ")");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
        s.apply(c, c.position2, "Lê Thị Cúc", null);
        s.closeRegistration(c);
        s.asUser(c.secretary, () -> {
            for (var a : applications()) {
                if (a.status() == ApplicationStatus.SUBMITTED) {
                    s.registration.accept(a.id());
                }
            }
            s.registration.publishEligibleList(c.id);
            return null;
        });
        try (Workbook wb = read(s.asUser(c.secretary, () -> lists.eligibleListXlsx(c.id)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Phiên bản 1 của danh sách");
            assertThat(texts(sheet.getRow(4))).containsExactly("STT", "SBD", "Họ và tên", "Ngày sinh",
                    "Vị trí dự tuyển", "Phòng thi", "Địa điểm");
            List<String> names = new ArrayList<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue() + " " + sheet.getRow(r).getCell(2)
                        .getStringCellValue() + " " + sheet.getRow(r).getCell(5).getStringCellValue());
            }
            // the rejected paper applicant is not on it; numbers in position then name order
            assertThat(names).containsExactly("TS0001 Nguyễn Văn An Phòng 01", "TS0002 Lê Thị Cúc Phòng 01");
            assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(sheet.getRow(6).getCell(4).getStringCellValue()).startsWith("VT02 – ");
        }
        try (Workbook wb = read(s.asUser(c.secretary, () -> lists.roomSignatureListsXlsx(c.id)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet room = wb.getSheet("Phòng 01");
            assertThat(room.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH KÝ NỘP BÀI");
            assertThat(room.getRow(2).getCell(0).getStringCellValue()).startsWith("Phòng thi: Phòng 01");
            assertThat(texts(room.getRow(5))).containsExactly("STT", "SBD", "Họ và tên", "Ngày sinh", "Số tờ",
                    "Chữ ký", "Ghi chú");
            Row first = room.getRow(6);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("TS0001");
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1995, 3,
                    14));
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(first.getHeightInPoints()).isEqualTo(30f);
            assertThat(room.getRow(7).getCell(2).getStringCellValue()).isEqualTo("Lê Thị Cúc");
        }
        assertThatThrownBy(() -> s.asUser(c.chair, () -> lists.roomSignatureListsXlsx(c.id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static Workbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(f.formatCellValue(cell)));
        return out;
    }
}
