package vn.thituyen.questionbank.format;

import static vn.thituyen.questionbank.format.ExcelFormat.FALSE_TEXT;
import static vn.thituyen.questionbank.format.ExcelFormat.FORMAT_HTML;
import static vn.thituyen.questionbank.format.ExcelFormat.FORMAT_PLAIN;
import static vn.thituyen.questionbank.format.ExcelFormat.GUIDE_SHEET;
import static vn.thituyen.questionbank.format.ExcelFormat.SHEET;
import static vn.thituyen.questionbank.format.ExcelFormat.TRUE_TEXT;
import static vn.thituyen.questionbank.format.ExcelFormat.TYPE_MULTIPLE;
import static vn.thituyen.questionbank.format.ExcelFormat.TYPE_SINGLE;
import static vn.thituyen.questionbank.format.ExcelFormat.TYPE_TRUE_FALSE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thituyen.common.SpreadsheetText;
import vn.thituyen.questionbank.QuestionType;
import vn.thituyen.questionbank.TextFormat;
import vn.thituyen.questionbank.format.ExcelFormat.Column;
import vn.thituyen.questionbank.format.QuestionFormat.Exported;

/** Writes the ThiTuyen spreadsheet template; see {@link ExcelFormat} for what is written and what is left out. */
final class ExcelWriter {

    private static final int MAX_CELL = 32_767;
    private static final int TEMPLATE_ROWS = 1000;

    Exported write(List<QuestionDraft> questions) {
        List<ImportProblem> omitted = new ArrayList<>();
        List<QuestionDraft> kept = new ArrayList<>();
        int maxOptions = 8;
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            ImportProblem why = cannotHold(q, i + 1);
            if (why != null) {
                omitted.add(why);
            } else {
                kept.add(q);
                maxOptions = Math.max(maxOptions, q.choices().size());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = questionSheet(workbook, maxOptions, Math.max(TEMPLATE_ROWS, kept.size() + 200));
            CellStyle body = bodyStyle(workbook);
            int r = 1;
            for (QuestionDraft q : kept) {
                Row row = sheet.createRow(r++);
                List<String> values = rowValues(q, maxOptions);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c, CellType.STRING);
                    cell.setCellStyle(body);
                    if (!values.get(c).isEmpty()) {
                        SpreadsheetText.set(cell, values.get(c));   // text that looks like a formula stays text
                    }
                }
            }
            guideSheet(workbook);
            return new Exported(bytes(workbook), omitted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blank template: the question sheet with its header, drop-downs and widths, and the guide. */
    byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            questionSheet(workbook, 8, TEMPLATE_ROWS);
            guideSheet(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportProblem cannotHold(QuestionDraft q, int position) {
        if (!q.media().isEmpty()) {
            return new ImportProblem(position, "import.xlsx.omitImages",
                    String.join(", ", q.media().stream().map(QuestionDraft.Media::name).toList()));
        }
        for (String t : q.topic()) {
            if (t.contains("/")) {
                return new ImportProblem(position, "import.xlsx.omitTopicSlash", t);
            }
        }
        for (String t : q.tags()) {
            if (t.contains(";") || t.contains("\n")) {
                return new ImportProblem(position, "import.xlsx.omitTagSeparator", t);
            }
        }
        if (q.choices().size() > 26) {
            return new ImportProblem(position, "import.xlsx.omitTooManyOptions", String.valueOf(q.choices().size()));
        }
        for (String value : rowValues(q, q.choices().size())) {
            if (value.length() > MAX_CELL) {
                return new ImportProblem(position, "import.xlsx.omitTooLong", value.substring(0, 60));
            }
        }
        return null;
    }

    /** the cells of a question's row, in the written column order */
    private static List<String> rowValues(QuestionDraft q, int optionColumns) {
        List<String> v = new ArrayList<>();
        v.add(q.externalId() == null ? "" : q.externalId());
        v.add(String.join(" / ", q.topic()));
        v.add(switch (q.type()) {
            case SINGLE -> TYPE_SINGLE;
            case MULTIPLE -> TYPE_MULTIPLE;
            case TRUE_FALSE -> TYPE_TRUE_FALSE;
        });
        v.add(q.difficulty() == null ? "" : switch (q.difficulty()) {
            case EASY -> "Dễ";
            case MEDIUM -> "Trung bình";
            case HARD -> "Khó";
        });
        v.add(q.format() == TextFormat.HTML ? FORMAT_HTML : FORMAT_PLAIN);
        v.add(q.stem());
        List<String> key = new ArrayList<>();
        for (int i = 0; i < optionColumns; i++) {
            v.add(i < q.choices().size() ? q.choices().get(i).text() : "");
            if (i < q.choices().size() && q.choices().get(i).correct()) {
                key.add(String.valueOf((char) ('A' + i)));
            }
        }
        if (q.type() == QuestionType.TRUE_FALSE) {
            v.add(q.choices().get(0).correct() ? TRUE_TEXT : FALSE_TEXT);
        } else {
            v.add(String.join(", ", key));
        }
        v.add(q.source() == null ? "" : q.source());
        v.add(String.join("; ", q.tags()));
        return v;
    }

    private static Sheet questionSheet(XSSFWorkbook workbook, int optionColumns, int rows) {
        Sheet sheet = workbook.createSheet(SHEET);
        CellStyle head = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setWrapText(true);
        head.setVerticalAlignment(VerticalAlignment.CENTER);
        head.setBorderBottom(BorderStyle.THIN);
        List<String> headers = new ArrayList<>(List.of(Column.ID.header, Column.TOPIC.header, Column.TYPE.header,
                Column.DIFFICULTY.header, Column.FORMAT.header, Column.STEM.header));
        List<Integer> widths = new ArrayList<>(List.of(12, 32, 15, 12, 11, 70));
        for (int i = 0; i < optionColumns; i++) {
            headers.add(Column.OPTION.header + " " + (char) ('A' + i));
            widths.add(30);
        }
        headers.addAll(List.of(Column.KEY.header, Column.SOURCE.header, Column.TAGS.header));
        widths.addAll(List.of(10, 34, 26));
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        dropDown(sheet, helper, 2, rows, TYPE_SINGLE, TYPE_MULTIPLE, TYPE_TRUE_FALSE);
        dropDown(sheet, helper, 3, rows, "Dễ", "Trung bình", "Khó");
        dropDown(sheet, helper, 4, rows, FORMAT_PLAIN, FORMAT_HTML);
        return sheet;
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, int column, int rows, String... values) {
        DataValidationConstraint list = helper.createExplicitListConstraint(values);
        DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, rows, column, column));
        // a warning, not a stop: the import also accepts the English words and other spellings
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một giá trị: " + String.join(", ", values));
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle bodyStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        // text, so that a code like 0012 or 2013 stays as typed when edited
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    private static void guideSheet(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(GUIDE_SHEET);
        CellStyle title = workbook.createCellStyle();
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        CellStyle head = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        String[][] rows = {
            {"Cột", "Bắt buộc", "Cách ghi", "Ví dụ"},
            {"Mã", "Không", "Mã câu hỏi của đơn vị, không trùng nhau trong tệp.", "KTC-001"},
            {"Chủ đề", "Không", "Chủ đề trong ngân hàng câu hỏi; chủ đề con ghi sau dấu \" / \". Để trống: chủ đề gốc.",
                "Kiến thức chung / Hiến pháp năm 2013"},
            {"Loại", "Không", "Một đáp án, Nhiều đáp án hoặc Đúng/Sai (chọn trong danh sách). Để trống: xác định theo"
                + " cột Đáp án. Dòng ghi loại khác (Tự luận, Điền khuyết…) sẽ bị bỏ qua.", "Một đáp án"},
            {"Độ khó", "Không", "Dễ, Trung bình hoặc Khó; có thể để trống.", "Trung bình"},
            {"Định dạng", "Không", "Văn bản (mặc định) hoặc HTML khi câu hỏi, phương án có định dạng (in đậm,"
                + " bảng…). Bảng tính không chứa được hình ảnh.", "Văn bản"},
            {"Câu hỏi", "Có", "Nội dung câu hỏi. Xuống dòng trong ô bằng Alt+Enter.",
                "Theo Hiến pháp năm 2013, nhiệm kỳ của mỗi khóa Quốc hội là bao nhiêu năm?"},
            {"Phương án A … H", "Có (ít nhất 2)", "Mỗi phương án một cột, ghi liên tiếp từ A; các cột cuối để trống"
                + " nếu không dùng. Câu Đúng/Sai để trống các phương án.", "05 năm"},
            {"Đáp án", "Có", "Chữ cái của phương án đúng; nhiều đáp án ghi cách nhau bằng dấu phẩy. Câu Đúng/Sai ghi"
                + " Đúng hoặc Sai.", "B   hoặc   A, C   hoặc   Sai"},
            {"Nguồn", "Không", "Văn bản, điều khoản làm căn cứ cho câu hỏi.", "Điều 71 Hiến pháp năm 2013"},
            {"Thẻ", "Không", "Các thẻ phân loại, cách nhau bằng dấu chấm phẩy.", "Quốc hội; bộ máy nhà nước"},
        };
        Row titleRow = sheet.createRow(0);
        Cell t = titleRow.createCell(0);
        t.setCellValue("HƯỚNG DẪN NHẬP CÂU HỎI TRẮC NGHIỆM");
        t.setCellStyle(title);
        Row note = sheet.createRow(1);
        Cell n = note.createCell(0);
        n.setCellValue("Mỗi câu hỏi ghi trên một dòng của trang \"" + SHEET + "\", dưới dòng tiêu đề. Dòng trống"
                + " được bỏ qua; có thể đổi thứ tự các cột hoặc thêm cột ghi chú (cột lạ không được đọc). Khi nhập,"
                + " mọi lỗi được báo kèm số dòng và ô (ví dụ C12) và không câu nào được nhập cho đến khi sửa hết.");
        n.setCellStyle(wrap);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
        note.setHeightInPoints(48);
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 3);
            for (int c = 0; c < rows[i].length; c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(rows[i][c]);
                cell.setCellStyle(i == 0 ? head : wrap);
            }
        }
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        sheet.setColumnWidth(3, 40 * 256);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        workbook.getProperties().getCoreProperties().setCreator("ThiTuyen");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
