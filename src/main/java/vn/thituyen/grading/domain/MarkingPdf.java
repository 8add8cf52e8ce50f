package vn.thituyen.grading.domain;

import java.io.ByteArrayOutputStream;
import java.util.List;
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
import vn.thituyen.common.Messages;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;

/**
 * The papers of blind marking, in Vietnamese whatever the reader's language: the sealed code sheet (biên bản ghép
 * phách: candidate ↔ codes, for the anonymisation board to sign and seal), the code labels cut and stuck on the
 * scripts (codes only, no name), and a marker's signed mark sheet (phiếu chấm: codes and marks, no name).
 */
public final class MarkingPdf {

    private MarkingPdf() {
    }

    /** One script on the code sheet. */
    public record CodeLine(String candidateNumber, String fullName, String firstCode, String secondCode, int pages) {
    }

    /** One script on a mark sheet: its code, the marks per question as entered, the script's mark. */
    public record MarkLine(String code, String questionMarks, String mark) {
    }

    /** Biên bản ghép phách: confidential, one line per script by candidate number, signed by the board. */
    public static byte[] codeSheet(String campaignName, String paper, List<CodeLine> lines, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.open();
        doc.add(centered(Messages.vi("pdf.marking.confidential"), PdfFonts.bold(10), 4));
        doc.add(centered(Messages.vi("pdf.marking.codeSheet"), PdfFonts.bold(14), 2));
        doc.add(centered(campaignName + " – " + paper, PdfFonts.bold(11), 10));
        PdfPTable table = table(new float[] {5, 10, 28, 13, 13, 7}, "pdf.col.no", "pdf.col.number", "pdf.col.name",
                "pdf.marking.firstCode", "pdf.marking.secondCode", "pdf.marking.pages");
        Font f = PdfFonts.regular(10);
        for (int i = 0; i < lines.size(); i++) {
            CodeLine l = lines.get(i);
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.candidateNumber(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.fullName(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(l.firstCode(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.secondCode(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(String.valueOf(l.pages()), f, Element.ALIGN_CENTER));
        }
        doc.add(table);
        doc.add(new Paragraph(Messages.vi("pdf.marking.sealNote", lines.size()), PdfFonts.italic(9)));
        doc.add(PdfParts.signatures(List.of(Messages.vi("pdf.marking.anonHead"), Messages.vi("pdf.marking.anonMember")),
                Messages.vi("roomSheet.signHint"), 24));
        doc.close();
        return out.toByteArray();
    }

    /** One room of the submission list: its name and the candidates who may sit the paper there. */
    public record Room(String name, List<CodeLine> candidates) {
    }

    /**
     * The submission list (danh sách nộp bài thi) of a written paper, one page per room: who sits there, with empty
     * columns for the pages handed in and the candidate's signature, signed by the room's two invigilators.
     */
    public static byte[] submissionList(String campaignName, String paper, List<Room> rooms, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.open();
        boolean first = true;
        for (Room room : rooms) {
            if (!first) {
                doc.newPage();
            }
            first = false;
            doc.add(centered(Messages.vi("pdf.marking.submissionList"), PdfFonts.bold(14), 2));
            doc.add(centered(campaignName + " – " + paper, PdfFonts.bold(11), 2));
            doc.add(centered(Messages.vi("pdf.marking.room", room.name()), PdfFonts.regular(10), 10));
            PdfPTable table = table(new float[] {5, 10, 30, 8, 18, 14}, "pdf.col.no", "pdf.col.number",
                    "pdf.col.name", "pdf.marking.pages", "pdf.marking.candidateSigns", "pdf.marking.note");
            Font f = PdfFonts.regular(10);
            for (int i = 0; i < room.candidates().size(); i++) {
                CodeLine c = room.candidates().get(i);
                table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
                table.addCell(PdfParts.cell(c.candidateNumber(), f, Element.ALIGN_CENTER));
                table.addCell(PdfParts.cell(c.fullName(), f, Element.ALIGN_LEFT));
                for (int k = 0; k < 3; k++) {
                    PdfPCell blank = PdfParts.cell("", f, Element.ALIGN_CENTER);
                    blank.setMinimumHeight(22);
                    table.addCell(blank);
                }
            }
            doc.add(table);
            doc.add(new Paragraph(Messages.vi("pdf.marking.submissionNote"), PdfFonts.italic(9)));
            doc.add(PdfParts.signatures(List.of(Messages.vi("roomSheet.invigilator1"),
                    Messages.vi("roomSheet.invigilator2")), Messages.vi("roomSheet.signHint"), 20));
        }
        doc.close();
        return out.toByteArray();
    }

    /**
     * Code labels (nhãn phách), three to a row: each script's first code (kept with the header that carries the
     * candidate's identity) and second code (on the body the markers see). No names.
     */
    public static byte[] labels(String paper, List<CodeLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(centered(Messages.vi("pdf.marking.labels") + " – " + paper, PdfFonts.bold(11), 8));
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        Font f = PdfFonts.bold(12);
        Font small = PdfFonts.regular(8);
        for (CodeLine l : lines) {
            Phrase p = new Phrase();
            p.add(new Phrase(Messages.vi("pdf.marking.firstCode") + "\n", small));
            p.add(new Phrase(l.firstCode() + "\n", f));
            p.add(new Phrase(Messages.vi("pdf.marking.secondCode") + "\n", small));
            p.add(new Phrase(l.secondCode(), f));
            PdfPCell c = new PdfPCell(p);
            c.setPadding(8);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(c);
        }
        for (int i = lines.size() % 3; i != 0 && i < 3; i++) {
            PdfPCell empty = new PdfPCell(new Phrase(""));
            empty.setBorder(Rectangle.NO_BORDER);
            table.addCell(empty);
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    /** Phiếu chấm thi viết of one marker: the scripts by code with their marks, signed by the marker. */
    public static byte[] markSheet(String campaignName, String paper, String marker, List<MarkLine> lines,
            String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.open();
        doc.add(centered(Messages.vi("pdf.marking.markSheet"), PdfFonts.bold(14), 2));
        doc.add(centered(campaignName + " – " + paper, PdfFonts.bold(11), 4));
        doc.add(centered(Messages.vi("pdf.marking.marker", marker), PdfFonts.regular(10), 10));
        PdfPTable table = table(new float[] {5, 14, 50, 14}, "pdf.col.no", "pdf.marking.secondCode",
                "pdf.marking.questionMarks", "pdf.marking.mark");
        Font f = PdfFonts.regular(10);
        for (int i = 0; i < lines.size(); i++) {
            MarkLine l = lines.get(i);
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.code(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.questionMarks(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(l.mark(), f, Element.ALIGN_CENTER));
        }
        doc.add(table);
        doc.add(PdfParts.signatures(List.of(Messages.vi("pdf.marking.markerSigns")), Messages.vi("roomSheet.signHint"),
                24));
        doc.close();
        return out.toByteArray();
    }

    /** A full-width table whose first row, repeated on every page, holds the columns' headings (message keys). */
    private static PdfPTable table(float[] widths, String... headingKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = PdfFonts.bold(9);
        for (String h : headingKeys) {
            table.addCell(PdfParts.cell(Messages.vi(h), head, Element.ALIGN_CENTER));
        }
        return table;
    }

    private static Paragraph centered(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

}
