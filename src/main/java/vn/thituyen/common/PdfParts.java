package vn.thituyen.common;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

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
}
