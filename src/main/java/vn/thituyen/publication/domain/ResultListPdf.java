package vn.thituyen.publication.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import vn.thituyen.common.Numbers;
import vn.thituyen.common.Messages;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;
import vn.thituyen.publication.BirthDateShown;
import vn.thituyen.common.Letterhead;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/** The official result list (danh sách kết quả) as a PDF: Vietnamese text, embedded DejaVu fonts. */
public final class ResultListPdf {

    private ResultListPdf() {
    }

    /**
     * @param approver the full name of who approved the results (not a login name)
     * @param signer   the council chair's full name, under the signature; null while the council has no chair
     */
    public static byte[] render(Letterhead head, String campaignName, ResultSetView results, LocalDate issued,
            BirthDateShown birthDate, String footer, String approver, String signer) {
        return render(head, campaignName, results, issued, birthDate, footer, approver, signer, false);
    }

    /** As {@link #render}, for a leadership exam ({@code leadership}) or a recruitment. */
    public static byte[] render(Letterhead head, String campaignName, ResultSetView results, LocalDate issued,
            BirthDateShown birthDate, String footer, String approver, String signer, boolean leadership) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.addTitle(Messages.vi("pdf.title"));
        doc.addCreator("ThiTuyen");
        doc.open();

        doc.add(letterhead(head, results, issued));
        // a leadership exam's council is the exam council (hội đồng thi tuyển), a recruitment's the recruitment council
        String suffix = leadership ? ".leadership" : "";
        titles(doc, suffix, campaignName, results, approver);
        doc.add(table(results, birthDate, leadership));
        doc.add(signature(signer, "pdf.signature" + suffix));
        doc.close();
        return out.toByteArray();
    }

    /** The authority and the national motto side by side, the document's number and its place and date. */
    private static PdfPTable letterhead(Letterhead head, ResultSetView results, LocalDate issued) {
        PdfPTable top = new PdfPTable(2);
        top.setWidthPercentage(100);
        top.addCell(PdfParts.borderless(head.parentAuthority() + "\n" + head.authority(), PdfFonts.bold(11), Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(Messages.vi("pdf.nation") + "\n" + Messages.vi("pdf.motto"), PdfFonts.bold(11),
                Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(results.documentNumber() == null ? ""
                : Messages.vi("pdf.documentNumber", results.documentNumber()), PdfFonts.regular(10),
                Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(Messages.vi("pdf.dateLine", head.place(), issued.getDayOfMonth(), issued.getMonthValue(),
                String.valueOf(issued.getYear())), PdfFonts.italic(10), Element.ALIGN_CENTER));
        return top;
    }

    private static void titles(Document doc, String suffix, String campaignName, ResultSetView results,
            String approver) {
        Paragraph title = new Paragraph(Messages.vi("pdf.title" + suffix), PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        doc.add(title);
        Paragraph sub = new Paragraph(campaignName, PdfFonts.bold(12));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(4);
        doc.add(sub);
        Paragraph approved = new Paragraph(Messages.vi("pdf.approved" + suffix, results.version(),
                approver == null ? "" : approver), PdfFonts.italic(9));
        approved.setAlignment(Element.ALIGN_CENTER);
        approved.setSpacingAfter(10);
        doc.add(approved);
    }

    /**
     * One line per candidate, the date of birth only as the Department's setting says; a leadership exam's list has
     * the post, part 1, part 2 and the final score where a recruitment's has round 2, priority points and the total.
     */
    private static PdfPTable table(ResultSetView results, BirthDateShown birthDate, boolean leadership) {
        boolean dob = birthDate != BirthDateShown.NONE;
        List<String> headers = new java.util.ArrayList<>(List.of("pdf.col.no", "pdf.col.number", "pdf.col.name"));
        if (dob) {
            headers.add("pdf.col.dob");
        }
        headers.addAll(leadership ? List.of("pdf.col.post", "pdf.col.part1", "pdf.col.part2", "pdf.col.final")
                : List.of("pdf.col.position", "pdf.col.round2", "pdf.col.priority", "pdf.col.total"));
        headers.add("pdf.col.outcome");
        PdfPTable table = new PdfPTable(dob ? new float[] {4, 8, 20, 9, 20, 7, 7, 7, 18}
                : new float[] {4, 8, 24, 25, 7, 7, 7, 18});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(Messages.vi(h), PdfFonts.bold(9)));
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setPadding(4);
            table.addCell(cell);
        }
        List<ResultLine> lines = results.lines();
        Font f = PdfFonts.regular(9);
        for (int i = 0; i < lines.size(); i++) {
            ResultLine l = lines.get(i);
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.candidateNumber(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(l.fullName(), f, Element.ALIGN_LEFT));
            if (dob) {
                table.addCell(PdfParts.cell(birthDate.format(l.dateOfBirth()), f, Element.ALIGN_CENTER));
            }
            // a joint position's winner with the agency placed in (ND 170/2025/NĐ-CP)
            table.addCell(PdfParts.cell(l.positionWithAgency(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(score(leadership ? l.part1Score() : l.round2Score()), f,
                    Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(score(leadership ? l.round2Score() : l.priorityPoints()), f,
                    Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(score(l.total()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(Messages.vi("outcome." + l.outcome()), f, Element.ALIGN_LEFT));
        }
        return table;
    }

    /** The signature block on the right: the title, room for the handwritten signature and the seal, the name. */
    private static PdfPTable signature(String signer, String titleKey) {
        PdfPTable sign = new PdfPTable(new float[] {60, 40});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(18);
        sign.addCell(PdfParts.borderless("", PdfFonts.regular(10), Element.ALIGN_CENTER));
        PdfPCell block = new PdfPCell();
        block.setBorder(PdfPCell.NO_BORDER);
        Paragraph title2 = new Paragraph(Messages.vi(titleKey), PdfFonts.bold(11));
        title2.setAlignment(Element.ALIGN_CENTER);
        block.addElement(title2);
        if (signer != null) {
            Paragraph name = new Paragraph(signer, PdfFonts.bold(11));
            name.setAlignment(Element.ALIGN_CENTER);
            name.setSpacingBefore(54);
            block.addElement(name);
        }
        sign.addCell(block);
        return sign;
    }

    /** An official list is Vietnamese: decimal comma, 72,5. */
    private static String score(BigDecimal v) {
        return Numbers.scoreVi(v);
    }


}
