package vn.thituyen.delivery.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import vn.thituyen.common.Letterhead;
import vn.thituyen.common.Messages;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;

/**
 * The admission ticket (giấy báo dự thi) as a PDF: who, where and when the candidate sits, the candidate's duties,
 * a 4×6 cm photo box and the QR code with the signed {@link TicketToken} the invigilators scan at the door.
 */
public final class AdmissionTicketPdf {

    /** 4 × 6 cm in points (72 per inch): the size of the photo candidates bring to every paper of the exam. */
    static final float PHOTO_WIDTH = 4 / 2.54f * 72;
    static final float PHOTO_HEIGHT = 6 / 2.54f * 72;
    private static final float QR_SIZE = 110;
    private static final int RULES = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AdmissionTicketPdf() {
    }

    /** What the ticket says; {@code venue} null when the council has not set it. */
    public record Ticket(Letterhead head, String campaignName, String fullName, LocalDate dateOfBirth,
            String candidateNumber, String positionName, String roomName, String venue, List<PartTime> parts,
            String token, LocalDate issued) {
    }

    /**
     * One part the candidate sits (or is exempt from); {@code startsAt} null while the room's time is not set;
     * {@code questions} 0 where the part has no fixed number (round 2); {@code bySummons}: a round-2 part, whose time
     * the summons to round 2 gives (TT 6/2020 Art. 12).
     */
    public record PartTime(String name, int questions, int minutes, LocalDateTime startsAt, boolean exempt,
            boolean bySummons) {

        /** A round-1 part. */
        public PartTime(String name, int questions, int minutes, LocalDateTime startsAt, boolean exempt) {
            this(name, questions, minutes, startsAt, exempt, false);
        }
    }

    /** @param photo the candidate's portrait (JPEG or PNG), drawn in the 4×6 box; null: the empty labelled box */
    public static byte[] render(Ticket t, byte[] photo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(Messages.vi("ticket.pdf.title"));
        doc.addCreator("ThiTuyen");
        doc.open();
        doc.add(letterhead(t));
        Paragraph title = new Paragraph(Messages.vi("ticket.pdf.title"), PdfFonts.bold(16));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        doc.add(title);
        Paragraph sub = new Paragraph(t.campaignName(), PdfFonts.bold(12));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(12);
        doc.add(sub);
        doc.add(identity(t, photo, writer.getDirectContent()));
        doc.add(schedule(t));
        doc.add(rules());
        doc.add(signature());
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable letterhead(Ticket t) {
        PdfPTable top = new PdfPTable(new float[] {42, 58});
        top.setWidthPercentage(100);
        top.addCell(PdfParts.borderless(t.head().parentAuthority() + "\n" + t.head().authority(), PdfFonts.bold(11),
                Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(Messages.vi("pdf.nation") + "\n" + Messages.vi("pdf.motto"),
                PdfFonts.bold(11), Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless("", PdfFonts.regular(10), Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(Messages.vi("pdf.dateLine", t.head().place(), t.issued().getDayOfMonth(),
                t.issued().getMonthValue(), String.valueOf(t.issued().getYear())), PdfFonts.italic(10),
                Element.ALIGN_CENTER));
        return top;
    }

    /** The candidate's facts and, under them, the QR code on the left; the photo box on the right. */
    private static PdfPTable identity(Ticket t, byte[] photo, PdfContentByte canvas) {
        PdfPTable outer = new PdfPTable(new float[] {68, 32});
        outer.setWidthPercentage(100);
        PdfPTable facts = new PdfPTable(new float[] {38, 62});
        facts.setWidthPercentage(100);
        fact(facts, "ticket.pdf.fullName", t.fullName(), PdfFonts.bold(12));
        fact(facts, "ticket.pdf.dateOfBirth", t.dateOfBirth() == null ? "" : t.dateOfBirth().format(DATE), null);
        fact(facts, "ticket.pdf.candidateNumber", t.candidateNumber(), PdfFonts.bold(14));
        fact(facts, "ticket.pdf.position", t.positionName(), null);
        fact(facts, "ticket.pdf.room", t.roomName(), PdfFonts.bold(11));
        fact(facts, "ticket.pdf.venue", t.venue() == null ? Messages.vi("ticket.pdf.notSet") : t.venue(), null);
        PdfPTable code = new PdfPTable(1);
        code.setTotalWidth(QR_SIZE + 60);
        code.setLockedWidth(true);
        code.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPCell qr = new PdfPCell(qrCode(t.token(), canvas), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setHorizontalAlignment(Element.ALIGN_CENTER);
        qr.setPaddingTop(4);
        code.addCell(qr);
        code.addCell(PdfParts.borderless(Messages.vi("ticket.pdf.qrCaption"), PdfFonts.italic(8),
                Element.ALIGN_CENTER));
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(8);
        left.addElement(facts);
        left.addElement(code);
        outer.addCell(left);

        PdfPTable right = new PdfPTable(1);
        right.setTotalWidth(PHOTO_WIDTH);
        right.setLockedWidth(true);
        right.setHorizontalAlignment(Element.ALIGN_CENTER);
        right.addCell(photoBox(photo));
        // added as an element, not as the cell's table: a nested table would stretch to the row's height, and the box
        // must stay 4×6 cm
        PdfPCell rightCell = new PdfPCell();
        rightCell.addElement(right);
        rightCell.setBorder(Rectangle.NO_BORDER);
        outer.addCell(rightCell);
        outer.setSpacingAfter(10);
        return outer;
    }

    private static void fact(PdfPTable facts, String label, String value, Font valueFont) {
        PdfPCell l = PdfParts.borderless(Messages.vi(label), PdfFonts.regular(11), Element.ALIGN_LEFT);
        l.setPaddingBottom(6);
        facts.addCell(l);
        PdfPCell v = PdfParts.borderless(value == null ? "" : value, valueFont == null ? PdfFonts.regular(11)
                : valueFont, Element.ALIGN_LEFT);
        v.setPaddingBottom(6);
        facts.addCell(v);
    }

    /** A 4×6 cm box: the portrait fitted inside it, or the label where the candidate glues one. */
    private static PdfPCell photoBox(byte[] photo) {
        Image image = null;
        if (photo != null) {
            try {
                image = Image.getInstance(photo);
            } catch (Exception unreadable) {
                image = null;   // not an image OpenPDF reads: the empty box, the candidate glues a print
            }
        }
        PdfPCell box;
        if (image != null) {
            image.scaleToFit(PHOTO_WIDTH - 4, PHOTO_HEIGHT - 4);
            box = new PdfPCell(image, false);
            box.setPadding(2);
        } else {
            box = new PdfPCell(new Phrase(Messages.vi("ticket.pdf.photo"), PdfFonts.regular(11)));
        }
        box.setFixedHeight(PHOTO_HEIGHT);
        box.setHorizontalAlignment(Element.ALIGN_CENTER);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.setBorderWidth(0.8f);
        return box;
    }

    /** The token as a QR code drawn as vector squares (sharp at any print resolution), with its quiet zone. */
    static Image qrCode(String token, PdfContentByte canvas) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        int n = m.getWidth();
        float module = QR_SIZE / n;
        PdfTemplate tpl = canvas.createTemplate(QR_SIZE, QR_SIZE);
        tpl.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (m.get(x, y)) {
                    tpl.rectangle(x * module, (n - 1 - y) * module, module, module);
                }
            }
        }
        tpl.fill();
        try {
            return Image.getInstance(tpl);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each part with its questions, its time and when it starts (exempt parts say so). */
    private static PdfPTable schedule(Ticket t) {
        Paragraph heading = new Paragraph(Messages.vi("ticket.pdf.schedule"), PdfFonts.bold(12));
        PdfPTable table = new PdfPTable(new float[] {40, 14, 18, 28});
        table.setWidthPercentage(100);
        PdfPCell head = new PdfPCell(heading);
        head.setColspan(4);
        head.setBorder(Rectangle.NO_BORDER);
        head.setPaddingBottom(6);
        table.addCell(head);
        for (String h : List.of("ticket.pdf.col.part", "ticket.pdf.col.questions", "ticket.pdf.col.minutes",
                "ticket.pdf.col.startsAt")) {
            PdfPCell c = PdfParts.cell(Messages.vi(h), PdfFonts.bold(10), Element.ALIGN_CENTER);
            c.setPadding(4);
            table.addCell(c);
        }
        Font f = PdfFonts.regular(10);
        for (PartTime p : t.parts()) {
            table.addCell(PdfParts.cell(p.name(), f, Element.ALIGN_LEFT));
            if (p.exempt()) {
                PdfPCell exempt = PdfParts.cell(Messages.vi("exam.exempt"), f, Element.ALIGN_CENTER);
                exempt.setColspan(3);
                table.addCell(exempt);
                continue;
            }
            table.addCell(PdfParts.cell(p.questions() == 0 ? "—" : String.valueOf(p.questions()), f,
                    Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(Messages.vi("ticket.pdf.minutes", p.minutes()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(p.bySummons() ? Messages.vi("ticket.pdf.bySummons")
                    : p.startsAt() == null ? Messages.vi("ticket.pdf.notSet")
                    : Messages.vi("ticket.pdf.at", p.startsAt().format(TIME), p.startsAt().format(DATE)), f,
                    Element.ALIGN_CENTER));
        }
        table.setSpacingAfter(10);
        return table;
    }

    /** The candidate's duties (TT 6/2020/TT-BNV, the exam rules), numbered. */
    private static PdfPTable rules() {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.addElement(new Paragraph(Messages.vi("ticket.pdf.rules"), PdfFonts.bold(11)));
        for (int i = 1; i <= RULES; i++) {
            Paragraph p = new Paragraph(i + ". " + Messages.vi("ticket.rule." + i), PdfFonts.regular(10));
            p.setSpacingBefore(2);
            cell.addElement(p);
        }
        box.addCell(cell);
        return box;
    }

    private static PdfPTable signature() {
        PdfPTable sign = new PdfPTable(new float[] {55, 45});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(14);
        sign.addCell(PdfParts.borderless("", PdfFonts.regular(10), Element.ALIGN_CENTER));
        // room under the title for the chair's signature and the council's seal
        sign.addCell(PdfParts.borderless(Messages.vi("ticket.pdf.signer") + "\n\n\n\n", PdfFonts.bold(11),
                Element.ALIGN_CENTER));
        return sign;
    }
}
