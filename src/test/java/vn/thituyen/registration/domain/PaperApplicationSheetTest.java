package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.PaperColumn;
import vn.thituyen.registration.PaperLists;

/**
 * ND 138/2020/NĐ-CP Art. 12(1) (and ND 115/2020/NĐ-CP Art. 9(1)): the registration form is filed in person, by post or
 * online; the forms filed on paper reach the system as the office's Excel list. Each cell is read the way offices
 * write it or named by row and column; whether the form is acceptable is the online form's check (the service's).
 */
class PaperApplicationSheetTest {

    private static final Map<String, Long> POSITIONS = Map.of("VT01", 11L, "VT02", 12L);

    /**
     * One row per case: the cells typed (a date cell written "date:yyyy-mm-dd", a number cell "number:…") and the
     * problem expected ("COLUMN key", empty when the row reads cleanly) or, for a clean row, what was read.
     */
    @ParameterizedTest(name = "[{index}] {0} / {1} / {2} / {3} / {4} / {5} / {6} → {7}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Nguyễn Văn An | 14/03/1995 | Nam | 030095000001 | VT01 | Đại học | - | -",
        "Nguyễn Văn An | date:1995-03-14 | nam | 030095000001 | vt01 | dai hoc | - | -",
        "Nguyễn Văn An | 14-3-1995 | MALE | number:30095000001 | VT02 | BACHELOR | - | -",
        "Trần Thị Bình | 31/02/1995 | Nữ | 030095000002 | VT01 | Thạc sĩ | - | DATE_OF_BIRTH paper.import.date",
        "Trần Thị Bình | 1995/03/14 | Nữ | 030095000002 | VT01 | Thạc sĩ | - | DATE_OF_BIRTH paper.import.date",
        "Trần Thị Bình | 14/03/1995 | khác | 030095000002 | VT01 | Thạc sĩ | - | SEX paper.import.value",
        "Trần Thị Bình | 14/03/1995 | Nữ | 030095000002 | VT99 | Thạc sĩ | - | POSITION paper.import.position",
        "Trần Thị Bình | 14/03/1995 | Nữ | 030095000002 | VT01 | Cử nhân | - | EDUCATION paper.import.value",
        "Lê Văn Chí | 14/03/1995 | Nam | 030095000003 | VT01 | Đại học | Người dân tộc thiểu số; COMPLETED_MILITARY_SERVICE | -",
        "Lê Văn Chí | 14/03/1995 | Nam | 030095000003 | VT01 | Đại học | con cháu cách mạng | PRIORITY paper.import.value",
        "Lê Văn Chí | 14/03/1995 | Nam | 030095000003 | VT01 | Đại học | Không | -"})
    void eachCellIsReadAsOfficesWriteItOrNamedByRowAndColumn(String name, String dob, String sex, String citizenId,
            String position, String education, String priority, String expected) {
        List<Object> row = PaperLists.row(1, name, cell(dob), sex, cell(citizenId), position);
        row.set(10, education);
        row.set(12, priority);
        PaperApplicationSheet.Result read = PaperApplicationSheet.read(PaperLists.xlsx(PaperLists.HEADER,
                List.of(row)), POSITIONS);
        assertThat(read.lines()).hasSize(1);
        assertThat(read.lines().get(0).row()).isEqualTo(5); // under two title lines, a blank one and the header
        if (expected == null) {
            assertThat(read.problems()).isEmpty();
            ApplicationForm f = read.lines().get(0).form();
            assertThat(f.fullName()).isEqualTo(name);
            assertThat(f.dateOfBirth()).isEqualTo(LocalDate.of(1995, 3, 14));
            assertThat(f.citizenId()).hasSize(12).startsWith("0300950");
            assertThat(f.positionId()).isIn(11L, 12L);
            assertThat(f.educationLevel()).isNotNull();
            assertThat(f.phone()).isEqualTo("0912345678");
            assertThat(f.foreignLanguage()).isEqualTo(ApplicationForm.ForeignLanguage.ENGLISH);
            if (priority != null && priority.contains(";")) {
                assertThat(f.priorityCategories()).containsExactly(PriorityCategory.ETHNIC_MINORITY,
                        PriorityCategory.COMPLETED_MILITARY_SERVICE);
            } else {
                assertThat(f.priorityCategories()).isEmpty();
            }
        } else {
            assertThat(read.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key())
                    .containsExactly("5 " + expected);
        }
    }

    private static Object cell(String typed) {
        if (typed.startsWith("date:")) {
            return LocalDate.parse(typed.substring(5));
        }
        if (typed.startsWith("number:")) {
            return Long.parseLong(typed.substring(7));
        }
        return typed;
    }

    @Test
    void columnsInAnotherOrderNamedWithoutAccentsAndAnOldXlsFileAreRead() {
        List<String> header = List.of("so cccd", "HO VA TEN", "Ma vi tri", "Ngay sinh", "Gioi tinh",
                "Dien thoai", "E-mail", "Dia chi", "Trinh do");
        List<Object> row = new ArrayList<>(List.of("030095000009", "Phạm Thị Dung", "VT02", "01/12/1990", "Nữ",
                "0987654321", "dung@example.vn", "Hải Dương", "Tiến sĩ"));
        for (byte[] file : List.of(PaperLists.xlsx(header, List.of(row)), PaperLists.xls(header, List.of(row)))) {
            PaperApplicationSheet.Result read = PaperApplicationSheet.read(file, POSITIONS);
            assertThat(read.problems()).isEmpty();
            ApplicationForm f = read.lines().get(0).form();
            assertThat(f.citizenId()).isEqualTo("030095000009");
            assertThat(f.fullName()).isEqualTo("Phạm Thị Dung");
            assertThat(f.positionId()).isEqualTo(12L);
            assertThat(f.sex()).isEqualTo(ApplicationForm.Sex.FEMALE);
            assertThat(f.educationLevel()).isEqualTo(ApplicationForm.EducationLevel.DOCTOR);
        }
    }

    @Test
    void aMissingColumnAFileThatIsNotAWorkbookAndAListWithoutRowsAreSaidSo() {
        List<String> noEmail = PaperLists.HEADER.stream().filter(h -> !h.equals("Email")).toList();
        assertThat(PaperApplicationSheet.read(PaperLists.xlsx(noEmail, List.of()), POSITIONS).problems())
                .extracting(p -> p.row() + " " + p.column() + " " + p.key())
                .containsExactly("4 EMAIL paper.import.missingColumn");
        assertThat(PaperApplicationSheet.read("Họ và tên;Ngày sinh\n".getBytes(), POSITIONS).problems())
                .extracting(PaperApplicationSheet.Problem::key).containsExactly("paper.import.unreadable");
        assertThat(PaperApplicationSheet.read(PaperLists.xlsx(PaperLists.HEADER, List.of()), POSITIONS).problems())
                .extracting(PaperApplicationSheet.Problem::key).containsExactly("paper.import.empty");
        assertThat(PaperColumn.ofField("dateOfBirth")).isEqualTo(PaperColumn.DATE_OF_BIRTH);
    }
}
