package vn.thituyen.analysis;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;
import vn.thituyen.analysis.KeyCorrectionService.CorrectionInfo;
import vn.thituyen.analysis.KeyCorrectionService.Report;
import vn.thituyen.analysis.KeyCorrectionService.Row;

/**
 * The before/after report of a key correction (báo cáo đính chính đáp án), A4 portrait: the question, the keys,
 * the reason, who proposed and who decided, the counts, then one line per candidate who got the question, and the
 * signatures of the proposer and the chair.
 */
final class KeyCorrectionPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private KeyCorrectionPdf() {
    }

    static byte[] render(Report report, Function<String, String> t, Clock clock, String footer) {
        CorrectionInfo c = report.correction();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.addTitle(t.apply("keyfix.report.title") + " #" + c.id());
        doc.addCreator("ThiTuyen");
        doc.open();
        Paragraph title = new Paragraph(t.apply("keyfix.report.title"), PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(10);
        doc.add(title);

        PdfPTable head = new PdfPTable(new float[] {1.3f, 3});
        head.setWidthPercentage(100);
        Font label = PdfFonts.bold(10);
        Font value = PdfFonts.regular(10);
        String[][] lines = {
            {t.apply("keyfix.number"), "#" + c.id()},
            {t.apply("keyfix.question"), c.questionLabel()},
            {t.apply("keyfix.oldKey"), c.oldKey()},
            {t.apply("keyfix.newKey"), c.newKey()},
            {t.apply("keyfix.reason"), c.reason()},
            {t.apply("keyfix.status"), t.apply("keyfix.status." + c.status())},
            {t.apply("keyfix.proposedBy"), c.proposedBy() + " – " + when(c.proposedAt())},
            {t.apply("keyfix.decidedBy"), c.decidedBy() == null ? "" : c.decidedBy() + " – " + when(c.decidedAt())},
            {t.apply("keyfix.summary"), summary(report, t)},
        };
        for (String[] line : lines) {
            head.addCell(cell(line[0], label, Element.ALIGN_LEFT, false));
            head.addCell(cell(line[1], value, Element.ALIGN_LEFT, false));
        }
        doc.add(head);

        PdfPTable table = new PdfPTable(new float[] {3, 7, 7, 5, 6, 6, 7, 7});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        for (String h : List.of("analysis.col.no", "keyfix.col.campaign", "keyfix.col.candidate", "keyfix.col.chosen",
                "keyfix.col.scoreBefore", "keyfix.col.scoreAfter", "keyfix.col.passBefore", "keyfix.col.passAfter")) {
            PdfPCell cell = cell(t.apply(h), PdfFonts.bold(8), Element.ALIGN_CENTER, true);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        Font f = PdfFonts.regular(8);
        Font changed = PdfFonts.bold(8);
        int no = 0;
        for (Row r : report.rows()) {
            Font font = r.changed() || r.passChanged() ? changed : f;
            table.addCell(cell(String.valueOf(++no), f, Element.ALIGN_CENTER, true));
            table.addCell(cell(r.campaignCode(), f, Element.ALIGN_CENTER, true));
            table.addCell(cell(r.candidateNumber() + (r.cancelled() ? " (" + t.apply("keyfix.cancelled") + ")" : ""),
                    f, Element.ALIGN_CENTER, true));
            table.addCell(cell(r.chosen().isEmpty() ? "–" : r.chosen(), f, Element.ALIGN_CENTER, true));
            table.addCell(cell(r.scoreBefore() + "/" + r.questionCount(), f, Element.ALIGN_CENTER, true));
            table.addCell(cell(r.scoreAfter() + "/" + r.questionCount(), font, Element.ALIGN_CENTER, true));
            table.addCell(cell(t.apply(r.passedBefore() ? "keyfix.pass" : "keyfix.fail"), f, Element.ALIGN_CENTER,
                    true));
            table.addCell(cell(t.apply(r.passedAfter() ? "keyfix.pass" : "keyfix.fail"), font, Element.ALIGN_CENTER,
                    true));
        }
        doc.add(table);

        Paragraph printed = new Paragraph(t.apply("keyfix.report.printed") + ": " + when(clock.instant()),
                PdfFonts.italic(8));
        printed.setSpacingBefore(6);
        doc.add(printed);
        doc.add(PdfParts.signatures(List.of(t.apply("keyfix.report.proposer"), t.apply("keyfix.report.chair")),
                t.apply("keyfix.report.signHint"), 18));
        doc.close();
        return out.toByteArray();
    }

    static String summary(Report report, Function<String, String> t) {
        return t.apply("keyfix.summary.affected") + ": " + report.rows().size() + "; "
                + t.apply("keyfix.summary.raised") + ": " + report.raised() + "; "
                + t.apply("keyfix.summary.lowered") + ": " + report.lowered() + "; "
                + t.apply("keyfix.summary.nowPassing") + ": " + report.nowPassing() + "; "
                + t.apply("keyfix.summary.nowFailing") + ": " + report.nowFailing();
    }

    private static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ClockConfiguration.ZONE));
    }

    private static PdfPCell cell(String text, Font font, int align, boolean border) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        if (!border) {
            c.setBorder(Rectangle.NO_BORDER);
        }
        return c;
    }
}
