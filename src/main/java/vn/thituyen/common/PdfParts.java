package vn.thituyen.common;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Pieces every official PDF shares. */
public final class PdfParts {

    private PdfParts() {
    }

    /**
     * The signature block at the foot of a report: one column per signer, each with its caption and the hint
     * ("sign and write the full name") under it, no borders.
     */
    public static PdfPTable signatures(List<String> signers, String hint, float spacingBefore) {
        PdfPTable sign = new PdfPTable(signers.size());
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(spacingBefore);
        for (String signer : signers) {
            PdfPCell c = new PdfPCell(new Phrase(signer + "\n" + hint, PdfFonts.bold(10)));
            c.setBorder(Rectangle.NO_BORDER);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            sign.addCell(c);
        }
        return sign;
    }

    /**
     * A small line at the foot of every page (e.g. the audit log's signed checkpoint, which lets a printed copy
     * prove later that the log was not rewritten). Wraps at spaces within the page's margins.
     */
    public static void footer(PdfWriter writer, String line) {
        if (line == null || line.isBlank()) {
            return;
        }
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document document) {
                ColumnText column = new ColumnText(w.getDirectContent());
                column.setSimpleColumn(document.left(), 4, document.right(), document.bottom() - 4);
                Paragraph p = new Paragraph(line, PdfFonts.regular(6));
                p.setLeading(7.5f);
                column.addElement(p);
                column.go();
            }
        });
    }

    /** A table cell with the text (none: empty), aligned, padded, bordered: the cell of every official table. */
    public static PdfPCell cell(String text, org.openpdf.text.Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    /** A cell without a border, for the layout around the tables (letterheads, signatures). */
    public static PdfPCell borderless(String text, org.openpdf.text.Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }
}
