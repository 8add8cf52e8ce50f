package vn.thituyen.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/** DejaVu fonts embedded in every PDF (Identity-H), so Vietnamese diacritics print exactly. */
public final class PdfFonts {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final BaseFont REGULAR = load("DejaVuSerif.ttf");
    private static final BaseFont BOLD = load("DejaVuSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("DejaVuSerif-Italic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font not on classpath: " + file);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
