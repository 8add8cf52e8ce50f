package vn.thituyen.analysis;

import vn.thituyen.common.PdfParts;
import vn.thituyen.analysis.domain.ItemAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.SpreadsheetText;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.analysis.domain.ItemAnalysis.Flag;
import vn.thituyen.analysis.domain.ItemAnalysis.ItemStats;
import vn.thituyen.analysis.domain.ItemAnalysis.OptionStats;
import vn.thituyen.analysis.domain.ItemAnalysis.PartStats;
import vn.thituyen.analysis.domain.ItemAnalysis.Result;

/**
 * The item analysis of one part as an Excel workbook (for authors who filter and sort) and as a PDF (for the file).
 * Every label comes from the translator {@code t} (the app's i18n, key → message), so the same code prints
 * Vietnamese or English. Options are shown in their original order (A, B, C … as the author wrote them), not in
 * any candidate's shuffled order.
 */
public final class ItemAnalysisReport {

    private static final int CHART_WIDTH = 900;
    private static final int CHART_HEIGHT = 420;

    private ItemAnalysisReport() {
    }

    /**
     * Sheet "Tổng hợp" (part statistics, score distribution, the chart, notes) and sheet "Câu hỏi" (one row per
     * question). Numbers are stored as numbers (Excel shows them in the reader's own locale); undefined values are
     * left empty so that the columns still sort and filter.
     */
    public static byte[] xlsx(Result result, String campaignName, String partName, Function<String, String> t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = new Styles(wb);
            summarySheet(wb, st, result.part(), campaignName, partName, t);
            itemsSheet(wb, st, result, t);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 landscape: title, part statistics beside the chart, notes, then the question table with its flags. */
    public static byte[] pdf(Result result, String campaignName, String partName, Function<String, String> t,
            Locale locale) {
        Numbers num = new Numbers(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t.apply("analysis.title") + " – " + partName);
        doc.addCreator("ThiTuyen");
        doc.open();

        Paragraph title = new Paragraph(t.apply("analysis.title"), PdfFonts.bold(15));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph sub = new Paragraph(t.apply("analysis.campaign") + ": " + nz(campaignName) + "\n"
                + t.apply("analysis.part") + ": " + nz(partName), PdfFonts.bold(11));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        doc.add(sub);

        doc.add(statsAndChart(result.part(), t, num));

        Paragraph notes = new Paragraph(t.apply("analysis.notes") + ": " + t.apply("analysis.note.facility") + " "
                + t.apply("analysis.note.discrimination") + " " + t.apply("analysis.note.kr20") + " "
                + t.apply("analysis.note.undefined"), PdfFonts.italic(8));
        notes.setSpacingBefore(6);
        notes.setSpacingAfter(8);
        doc.add(notes);

        doc.add(questionTable(result, t, num));
        doc.close();
        return out.toByteArray();
    }

    /** The part's statistics beside its score distribution chart. */
    private static PdfPTable statsAndChart(PartStats part, Function<String, String> t, Numbers num) {
        PdfPTable stats = new PdfPTable(new float[] {3, 1.2f});
        stats.setWidthPercentage(100);
        for (String[] row : summaryRows(part, t, num)) {
            stats.addCell(PdfParts.cell(row[0], PdfFonts.regular(9), Element.ALIGN_LEFT));
            stats.addCell(PdfParts.cell(row[1], PdfFonts.bold(9), Element.ALIGN_RIGHT));
        }
        PdfPTable top = new PdfPTable(new float[] {1, 1.9f});
        top.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.addElement(stats);   // as an element, not new PdfPCell(table), which stretches it to the chart's height
        left.setBorder(Rectangle.NO_BORDER);
        left.setPadding(0);
        left.setPaddingRight(10);
        top.addCell(left);
        PdfPCell chart = new PdfPCell(image(ScoreDistributionChart.png(part, null, t, CHART_WIDTH, CHART_HEIGHT)), true);
        chart.setBorder(Rectangle.NO_BORDER);
        top.addCell(chart);
        return top;
    }

    /** One line per question: key, exposures, facility, discrimination, each option's share, omitted, flags. */
    private static PdfPTable questionTable(Result result, Function<String, String> t, Numbers num) {
        int options = maxOptions(result);
        List<Float> widths = new ArrayList<>(List.of(3f, 6f, 22f, 5f, 6f, 5f, 5f));
        for (int i = 0; i < options; i++) {
            widths.add(4.5f);
        }
        widths.add(5f);
        widths.add(22f);
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable table = new PdfPTable(w);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers(t, options, false)) {
            PdfPCell c = PdfParts.cell(h, PdfFonts.bold(8), Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        Font f = PdfFonts.regular(8);
        Font keyFont = PdfFonts.bold(8);
        int no = 0;
        for (ItemStats item : result.items()) {
            table.addCell(PdfParts.cell(String.valueOf(++no), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(String.valueOf(item.questionId()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(nz(item.label()), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(ItemAnalysis.letters(item.key()), keyFont, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(String.valueOf(item.exposures()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(num.decimal(item.facility()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(num.decimal(item.discrimination()), f, Element.ALIGN_CENTER));
            for (int i = 0; i < options; i++) {
                OptionStats o = i < item.options().size() ? item.options().get(i) : null;
                PdfPCell c = PdfParts.cell(o == null ? "" : num.percent(o.share()), o != null && o.correct() ? keyFont : f,
                        Element.ALIGN_CENTER);
                if (o != null && o.correct()) {
                    c.setGrayFill(0.92f);   // the key stands out without colour, also on a black-and-white printer
                }
                table.addCell(c);
            }
            table.addCell(PdfParts.cell(num.percent(item.omittedShare()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(String.join("\n", flagTexts(item, t)), f, Element.ALIGN_LEFT));
        }
        return table;
    }

    /** Readable flags of a question; the distractor flags name their options ("…: C, D"). */
    public static List<String> flagTexts(ItemStats item, Function<String, String> t) {
        List<String> texts = new ArrayList<>();
        for (Flag flag : item.flags()) {
            String text = t.apply("analysis.flag." + flag.name());
            if (flag == Flag.DISTRACTOR_UNUSED) {
                text += ": " + ItemAnalysis.letters(item.unusedDistractors());
            } else if (flag == Flag.DISTRACTOR_BEATS_KEY) {
                text += ": " + ItemAnalysis.letters(item.distractorsBeatingKey());
            }
            texts.add(text);
        }
        return texts;
    }

    // ---------------------------------------------------------------------------------------------- Excel

    private static void summarySheet(Workbook wb, Styles st, PartStats part, String campaignName, String partName,
            Function<String, String> t) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.apply("analysis.sheet.summary")));
        sheet.setColumnWidth(0, 52 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, t.apply("analysis.title"), st.title);
        Row campaign = sheet.createRow(r++);
        text(campaign, 0, t.apply("analysis.campaign"), st.bold);
        text(campaign, 1, nz(campaignName), null);
        Row partRow = sheet.createRow(r++);
        text(partRow, 0, t.apply("analysis.part"), st.bold);
        text(partRow, 1, nz(partName), null);
        r++;
        int statsStart = r;
        r = stat(sheet, r, t.apply("analysis.stat.candidates"), part.candidates(), st.integer, t);
        r = stat(sheet, r, t.apply("analysis.stat.itemsPerPaper"), part.itemsPerPaper(), st.integer, t);
        r = stat(sheet, r, t.apply("analysis.stat.mean"), part.mean(), st.decimal, t);
        r = stat(sheet, r, t.apply("analysis.stat.sd"), part.standardDeviation(), st.decimal, t);
        r = stat(sheet, r, t.apply("analysis.stat.min"), part.min(), st.integer, t);
        r = stat(sheet, r, t.apply("analysis.stat.max"), part.max(), st.integer, t);
        r = stat(sheet, r, t.apply("analysis.stat.kr20"), part.kr20(), st.decimal, t);
        r = stat(sheet, r, t.apply("analysis.stat.groupSize"), part.groupSize(), st.integer, t);
        r++;
        Row head = sheet.createRow(r++);
        text(head, 0, t.apply("analysis.dist.score"), st.header);
        text(head, 1, t.apply("analysis.dist.count"), st.header);
        List<Integer> dist = part.distribution();
        for (int score = 0; score < dist.size(); score++) {
            Row row = sheet.createRow(r++);
            number(row, 0, score, st.integer);
            number(row, 1, dist.get(score), st.integer);
        }
        r++;
        text(sheet.createRow(r++), 0, t.apply("analysis.notes"), st.bold);
        for (String note : List.of("analysis.note.facility", "analysis.note.discrimination", "analysis.note.kr20",
                "analysis.note.undefined")) {
            Row row = sheet.createRow(r);
            text(row, 0, t.apply(note), st.wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 12));
            row.setHeightInPoints(30);
            r++;
        }

        byte[] png = ScoreDistributionChart.png(part, partName, t, CHART_WIDTH, CHART_HEIGHT);
        int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(3);
        anchor.setRow1(statsStart);
        anchor.setCol2(13);
        anchor.setRow2(statsStart + 22);
        sheet.createDrawingPatriarch().createPicture(anchor, picture);
    }

    private static void itemsSheet(Workbook wb, Styles st, Result result, Function<String, String> t) {
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.apply("analysis.sheet.items")));
        int options = maxOptions(result);
        List<String> headers = headers(t, options, true);
        Row head = sheet.createRow(0);
        head.setHeightInPoints(32);
        for (int c = 0; c < headers.size(); c++) {
            text(head, c, headers.get(c), st.header);
        }
        int[] widths = {6, 11, 48, 8, 12, 10, 12, 10, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int i = 0; i <= options; i++) {
            sheet.setColumnWidth(widths.length + i, 9 * 256);
        }
        sheet.setColumnWidth(widths.length + options + 1, 70 * 256);
        int r = 1;
        for (ItemStats item : result.items()) {
            Row row = sheet.createRow(r);
            int c = 0;
            number(row, c++, r, st.integer);
            number(row, c++, item.questionId(), st.integer);
            text(row, c++, nz(item.label()), st.wrap);
            text(row, c++, ItemAnalysis.letters(item.key()), st.bold);
            number(row, c++, item.exposures(), st.integer);
            number(row, c++, item.facility(), st.decimal);
            number(row, c++, item.discrimination(), st.decimal);
            number(row, c++, item.topFacility(), st.decimal);
            number(row, c++, item.bottomFacility(), st.decimal);
            for (int i = 0; i < options; i++) {
                OptionStats o = i < item.options().size() ? item.options().get(i) : null;
                if (o != null) {
                    number(row, c, o.share(), o.correct() ? st.keyPercent : st.percent);
                }
                c++;
            }
            number(row, c++, item.omittedShare(), st.percent);
            text(row, c, String.join("; ", flagTexts(item, t)), st.wrap);
            r++;
        }
        sheet.createFreezePane(3, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, headers.size() - 1));
    }

    private static int stat(Sheet sheet, int r, String label, Number value, CellStyle style,
            Function<String, String> t) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        if (value == null) {
            text(row, 1, t.apply("analysis.undefined"), null);
        } else {
            number(row, 1, value, style);
        }
        return r + 1;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (style != null) {
            cell.setCellStyle(style);
        }
        SpreadsheetText.set(cell, value);
    }

    /** A null value leaves the cell empty: undefined, not zero. */
    private static void number(Row row, int col, Number value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle wrap;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle keyPercent;

        Styles(Workbook wb) {
            org.apache.poi.ss.usermodel.Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            org.apache.poi.ss.usermodel.Font strong = wb.createFont();
            strong.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            bold = wb.createCellStyle();
            bold.setFont(strong);
            header = wb.createCellStyle();
            header.setFont(strong);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            short fmt0 = wb.createDataFormat().getFormat("0");
            short fmt2 = wb.createDataFormat().getFormat("0.00");
            short fmtPct = wb.createDataFormat().getFormat("0.0%");
            integer = wb.createCellStyle();
            integer.setDataFormat(fmt0);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(fmt2);
            percent = wb.createCellStyle();
            percent.setDataFormat(fmtPct);
            keyPercent = wb.createCellStyle();
            keyPercent.setDataFormat(fmtPct);
            keyPercent.setFont(strong);
            keyPercent.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            keyPercent.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    // ---------------------------------------------------------------------------------------------- shared

    private static List<String[]> summaryRows(PartStats part, Function<String, String> t, Numbers num) {
        String undefined = t.apply("analysis.undefined");
        return List.of(
                new String[] {t.apply("analysis.stat.candidates"), String.valueOf(part.candidates())},
                new String[] {t.apply("analysis.stat.itemsPerPaper"), String.valueOf(part.itemsPerPaper())},
                new String[] {t.apply("analysis.stat.mean"), orElse(num.decimal(part.mean()), undefined)},
                new String[] {t.apply("analysis.stat.sd"), orElse(num.decimal(part.standardDeviation()), undefined)},
                new String[] {t.apply("analysis.stat.min"), part.min() == null ? undefined : part.min().toString()},
                new String[] {t.apply("analysis.stat.max"), part.max() == null ? undefined : part.max().toString()},
                new String[] {t.apply("analysis.stat.kr20"), orElse(num.decimal(part.kr20()), undefined)},
                new String[] {t.apply("analysis.stat.groupSize"), String.valueOf(part.groupSize())});
    }

    private static List<String> headers(Function<String, String> t, int options, boolean groups) {
        List<String> h = new ArrayList<>(List.of(t.apply("analysis.col.no"), t.apply("analysis.col.id"),
                t.apply("analysis.col.question"), t.apply("analysis.col.key"), t.apply("analysis.col.exposures"),
                t.apply("analysis.col.facility"), t.apply("analysis.col.discrimination")));
        if (groups) {
            h.add(t.apply("analysis.col.topFacility"));
            h.add(t.apply("analysis.col.bottomFacility"));
        }
        for (int i = 0; i < options; i++) {
            h.add(ItemAnalysis.letter(i));
        }
        h.add(t.apply("analysis.col.omitted"));
        h.add(t.apply("analysis.col.flags"));
        return h;
    }

    private static int maxOptions(Result result) {
        return result.items().stream().mapToInt(i -> i.options().size()).max().orElse(0);
    }

    private static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String orElse(String s, String other) {
        return s.isEmpty() || "–".equals(s) ? other : s;
    }
}
