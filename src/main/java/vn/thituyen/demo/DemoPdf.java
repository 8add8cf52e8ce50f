package vn.thituyen.demo;

/** A one-page PDF with a line of Vietnamese text, as a letter or a đề án would be scanned and uploaded. */
final class DemoPdf {

    private DemoPdf() {
    }

    static byte[] of(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document d = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(d, out);
        d.open();
        d.add(new org.openpdf.text.Paragraph(new org.openpdf.text.Chunk(text,
                vn.thituyen.common.PdfFonts.regular(12))));
        d.close();
        return out.toByteArray();
    }
}
