package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;

/** Issue 15 § 5: fees (TT 92/2021/TT-BTC) recorded one by one or from the bank's statement, cancelled, exported. */
@ApplicationTest
public class FeeServiceTest {

    @Autowired Scenario s;
    @Autowired FeeService fees;

    private Scenario.Campaign c;
    private long an;
    private long binh;
    private long chi;
    private Map<Long, String> citizenIds;
    private LocalDate today;

    @BeforeEach
    void threeCandidates() {
        c = s.newCampaign();
        an = s.apply(c, c.position1, "Nguyễn Văn An", null);
        binh = s.apply(c, c.position1, "Trần Thị Bình", null);
        chi = s.apply(c, c.position2, "Lê Văn Chí", null);
        citizenIds = s.asUser(c.secretary, () -> s.registration.applications(c.id)).stream()
                .collect(Collectors.toMap(RegistrationService.MyApplication::id,
                        RegistrationService.MyApplication::citizenId));
        today = LocalDate.ofInstant(s.clock.instant(), ClockConfiguration.ZONE);
    }

    private FeeService.FeeList list() {
        return s.asUser(c.secretary, () -> fees.fees(c.id));
    }

    private long record(long applicationId, String receipt, LocalDate paidOn, Long amount) {
        return s.asUser(c.secretary, () -> fees.record(applicationId, new FeeService.PaymentDraft(receipt, paidOn,
                amount)));
    }

    private FeeService.Line line(long applicationId) {
        return list().lines().stream().filter(l -> l.applicationId() == applicationId).findFirst().orElseThrow();
    }

    @Test
    void aReceiptIsRecordedOnceAndCancelledWithItsReasonNeverDeleted() {
        // three candidates, under 100: 500,000 VND each under the rule set's bands
        assertThat(list().feeVnd()).isEqualTo(500_000);
        assertThat(list().unpaid()).isEqualTo(3);
        long paid = record(an, " bl 0001 ", today.minusDays(2), null);
        FeeService.Line a = line(an);
        assertThat(a.paid()).isTrue();
        assertThat(a.payment().receiptNumber()).isEqualTo("BL 0001");
        assertThat(a.payment().amountVnd()).isEqualTo(500_000); // the fee by default
        assertThat(a.payment().recordedBy()).isEqualTo(c.secretary);
        assertThat(list().unpaid()).isEqualTo(2);
        // the same receipt for another candidate, a day in the future: each refused next to its field
        assertThatThrownBy(() -> record(binh, "BL 0001", today.plusDays(1), 500_000L))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("receipt", "validation.fee.receiptTaken")
                        .containsEntry("paidOn", "validation.fee.future"));
        // a second payment for the one who paid is refused
        assertThatThrownBy(() -> record(an, "BL 0002", today, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.fee.alreadyPaid"));
        // the chair reads, but records nothing
        assertThat(s.asUser(c.chair, () -> fees.fees(c.id)).lines()).hasSize(3);
        assertThatThrownBy(() -> s.asUser(c.chair, () -> fees.record(binh, new FeeService.PaymentDraft("X1", today,
                null)))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // cancel: a reason is needed; the row stays, the candidate is unpaid again, the receipt number stays taken
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            fees.cancel(paid, " ");
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                .containsEntry("reason", "validation.fee.cancelReason"));
        s.asUser(c.secretary, () -> {
            fees.cancel(paid, "Ghi nhầm thí sinh");
            return null;
        });
        assertThat(line(an).paid()).isFalse();
        assertThat(list().cancelled()).singleElement().satisfies(p -> {
            assertThat(p.receiptNumber()).isEqualTo("BL 0001");
            assertThat(p.cancelReason()).isEqualTo("Ghi nhầm thí sinh");
            assertThat(p.cancelledBy()).isEqualTo(c.secretary);
        });
        assertThatThrownBy(() -> record(binh, "bl 0001", today, null)).isInstanceOf(FieldErrors.class);
        record(an, "BL 0003", today, null);
        assertThat(line(an).payment().receiptNumber()).isEqualTo("BL 0003");
        // the audit log saw each step
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action IN ('FeePaid',"
                + " 'FeePaymentCancelled') AND details LIKE ?", Integer.class, "%campaignId=" + c.id + ";%"))
                .isEqualTo(3);
    }

    @Test
    void aStatementWithABadRowStoresNothingAndAGoodOneStoresEveryRow() throws Exception {
        record(chi, "BL 0100", today.minusDays(1), null);
        byte[] bad = statement(
                new Object[] {today.minusDays(1), 500_000d, "FT001", "NOP LE PHI THI TUYEN CCCD " + citizenIds.get(an)},
                new Object[] {"31/02/2026", 500_000d, "FT002", "CCCD " + citizenIds.get(binh)},
                new Object[] {today.minusDays(1), 200_000d, "FT003", "le phi " + citizenIds.get(binh)},
                new Object[] {today.minusDays(1), 500_000d, "FT004", "chuyen tien an trua"},
                new Object[] {today.minusDays(1), 500_000d, "BL 0100", "le phi " + citizenIds.get(chi)});
        FeeService.StatementPreview preview = s.asUser(c.secretary, () -> fees.previewStatement(c.id, bad));
        assertThat(preview.ok()).isFalse();
        assertThat(preview.matches()).extracting(FeeService.Match::row, FeeService.Match::applicationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, an));
        assertThat(preview.problems()).extracting(p -> p.row() + ":" + p.key()).containsExactlyInAnyOrder(
                "5:fee.import.date", "6:fee.import.amountLow", "7:fee.import.noCandidate",
                "8:fee.import.referenceTaken", "8:fee.import.alreadyPaid");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> fees.importStatement(c.id, bad, "saoke.xlsx")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.fee.statementRefused"));
        assertThat(list().unpaid()).isEqualTo(2); // nothing half-imported: An is still unpaid
        byte[] good = statement(
                new Object[] {today.minusDays(1), 500_000d, "FT001", "NOP LE PHI CCCD " + citizenIds.get(an)},
                new Object[] {today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), "500.000",
                    "FT002", "Tran Thi Binh " + citizenIds.get(binh) + " nop phi"});
        assertThat(s.asUser(c.secretary, () -> fees.previewStatement(c.id, good)).ok()).isTrue();
        assertThat(s.asUser(c.secretary, () -> fees.importStatement(c.id, good, "saoke.xlsx"))).isEqualTo(2);
        assertThat(list().unpaid()).isZero();
        assertThat(line(binh).payment().receiptNumber()).isEqualTo("FT002");
        assertThat(line(binh).payment().paidOn()).isEqualTo(today);
        // the same statement again: every row already taken, nothing stored twice
        assertThat(s.asUser(c.secretary, () -> fees.previewStatement(c.id, good)).problems()).hasSize(4);
        // not a workbook at all: one problem for the file
        assertThat(s.asUser(c.secretary, () -> fees.previewStatement(c.id, "không phải Excel".getBytes()))
                .problems()).extracting(p -> p.row() + ":" + p.key()).containsExactly("0:fee.import.unreadable");
    }

    @Test
    void theFeeListExportsToExcelWithTheColumnsOfficesExchange() throws Exception {
        record(an, "BL 0200", today, null);
        byte[] xlsx = s.asUser(c.chair, () -> fees.exportFeeList(c.id));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(3).forEach(cell -> header.add(f.formatCellValue(cell)));
            assertThat(header).containsExactly("STT", "SBD", "Họ và tên", "Ngày sinh", "Vị trí dự tuyển",
                    "Số tiền (đồng)", "Số biên lai", "Ngày nộp", "Ghi chú");
            Map<String, Row> byName = new java.util.HashMap<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                byName.put(sheet.getRow(r).getCell(2).getStringCellValue(), sheet.getRow(r));
            }
            assertThat(byName).containsOnlyKeys("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chí");
            Row a = byName.get("Nguyễn Văn An");
            assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(500_000d);
            assertThat(a.getCell(6).getStringCellValue()).isEqualTo("BL 0200");
            assertThat(a.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1995, 3, 14));
            assertThat(f.formatCellValue(a.getCell(3))).isEqualTo("14/03/1995");
            assertThat(f.formatCellValue(byName.get("Lê Văn Chí").getCell(8))).isEqualTo("Chưa nộp");
        }
    }

    /** A bank statement as a bank exports it: its title lines, then the header, then one row per transaction. */
    public static byte[] statement(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sao kê");
            sheet.createRow(0).createCell(0).setCellValue("SAO KÊ TÀI KHOẢN – Sở Nội vụ");
            String[] header = {"STT", "Ngày giao dịch", "Số tham chiếu", "Số tiền ghi có", "Nội dung"};
            Row h = sheet.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(r + 1);
                Object date = rows[r][0];
                if (date instanceof LocalDate d) {
                    row.createCell(1).setCellValue(d);
                    row.getCell(1).setCellStyle(dateStyle);
                } else {
                    row.createCell(1).setCellValue(String.valueOf(date));
                }
                row.createCell(2).setCellValue((String) rows[r][2]);
                if (rows[r][1] instanceof Double v) {
                    row.createCell(3).setCellValue(v);
                } else {
                    row.createCell(3).setCellValue(String.valueOf(rows[r][1]));
                }
                row.createCell(4).setCellValue((String) rows[r][3]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
