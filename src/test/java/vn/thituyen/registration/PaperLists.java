package vn.thituyen.registration;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lists of paper applications as an office types them: two title lines, a blank line, the header (in the order
 * given), the rows (text, {@link LocalDate} as a date cell, a number as a number cell, null as no cell), then a few
 * blank rows.
 */
public final class PaperLists {

    /** The template's header, in the template's order. */
    public static final List<String> HEADER = List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
            "Số CCCD", "Số điện thoại", "Email", "Địa chỉ liên hệ", "Mã vị trí dự tuyển", "Trình độ đào tạo",
            "Chuyên ngành", "Đối tượng ưu tiên", "Miễn thi", "Lý do miễn thi", "Ngoại ngữ dự thi");

    private PaperLists() {
    }

    /** A row of the template's header: STT, then the values in its order (missing ones blank). */
    public static List<Object> row(int stt, String fullName, Object dob, String sex, Object citizenId,
            String position) {
        return new ArrayList<>(Arrays.asList(stt, fullName, dob, sex, "Kinh", citizenId, "0912345678",
                "hs@example.vn", "Số 5 Nguyễn Du, Hải Dương", position, "Đại học", "Luật", null, null, null,
                "Tiếng Anh"));
    }

    public static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        return write(new XSSFWorkbook(), header, rows);
    }

    public static byte[] xls(List<String> header, List<List<Object>> rows) {
        return write(new HSSFWorkbook(), header, rows);
    }

    private static byte[] write(Workbook wb, List<String> header, List<List<Object>> rows) {
        try (wb) {
            Sheet sheet = wb.createSheet("Hồ sơ");
            sheet.createRow(0).createCell(0).setCellValue("SỞ NỘI VỤ");
            sheet.createRow(1).createCell(0).setCellValue("DANH SÁCH HỒ SƠ NHẬN TRỰC TIẾP");
            Row h = sheet.createRow(3);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(4 + r);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(date);
                    } else if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            for (int r = 0; r < 3; r++) {
                sheet.createRow(4 + rows.size() + r).createCell(1).setCellValue("  ");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
