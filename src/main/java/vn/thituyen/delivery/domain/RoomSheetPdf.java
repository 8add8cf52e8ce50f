package vn.thituyen.delivery.domain;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.thituyen.common.Messages;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;

/** The room's round-1 result sheet (biên bản kết quả thi phòng thi), printed for invigilators to sign. */
public final class RoomSheetPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RoomSheetPdf() {
    }

    /** One line of the sheet; {@code parts} are texts like "45/60" or "Miễn thi". */
    public record Line(String candidateNumber, String fullName, java.time.LocalDate dateOfBirth, List<String> parts,
            String outcome, String violations) {
    }

    /** @param footer printed at the foot of every page: the audit log's checkpoint */
    public static byte[] render(String campaignName, String roomName, java.time.LocalDate date, List<String> partNames,
            List<Line> lines, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.open();
        Paragraph title = new Paragraph(Messages.vi("roomSheet.title"), PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph sub = new Paragraph(campaignName + " – " + roomName + " – " + date.format(DATE), PdfFonts.bold(11));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(10);
        doc.add(sub);

        int n = partNames.size();
        float[] widths = new float[5 + n + 1];
        widths[0] = 4;
        widths[1] = 8;
        widths[2] = 20;
        widths[3] = 9;
        for (int i = 0; i < n; i++) {
            widths[4 + i] = 10;
        }
        widths[4 + n] = 12;
        widths[5 + n] = 14;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = PdfFonts.bold(9);
        for (String h : List.of("pdf.col.no", "pdf.col.number", "pdf.col.name", "pdf.col.dob")) {
            table.addCell(PdfParts.cell(Messages.vi(h), head, Element.ALIGN_CENTER));
        }
        for (String part : partNames) {
            table.addCell(PdfParts.cell(part, head, Element.ALIGN_CENTER));
        }
        table.addCell(PdfParts.cell(Messages.vi("pdf.col.outcome"), head, Element.ALIGN_CENTER));
        table.addCell(PdfParts.cell(Messages.vi("roomSheet.violations"), head, Element.ALIGN_CENTER));
        Font f = PdfFonts.regular(9);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.candidateNumber(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.fullName(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(l.dateOfBirth().format(DATE), f, Element.ALIGN_CENTER));
            for (String p : l.parts()) {
                table.addCell(PdfParts.cell(p, f, Element.ALIGN_CENTER));
            }
            table.addCell(PdfParts.cell(l.outcome(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(l.violations(), f, Element.ALIGN_LEFT));
        }
        doc.add(table);

        doc.add(PdfParts.signatures(List.of(Messages.vi("roomSheet.invigilator1"), Messages.vi("roomSheet.invigilator2")),
                Messages.vi("roomSheet.signHint"), 20));
        doc.close();
        return out.toByteArray();
    }

}
