package vn.thituyen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Letterhead;
import vn.thituyen.delivery.domain.AdmissionTicketPdf;
import vn.thituyen.delivery.domain.TicketToken;
import vn.thituyen.registration.AdmissionTickets;
import vn.thituyen.registration.RegistrationService;

/**
 * Issue 15 § 3: the admission ticket (giấy báo dự thi) a candidate downloads once the eligible list is published,
 * with their number, room, place and times, and a QR code carrying a token the invigilators' console verifies.
 */
@ApplicationTest
class AdmissionTicketTest {

    @Autowired Scenario s;
    @Autowired AdmissionTickets tickets;
    @Autowired TicketToken tokens;
    @Autowired vn.thituyen.registration.CandidateDocuments documents;

    @Test
    void theCandidateGetsTheirTicketOnceTheListIsPublishedWithAVerifiableQrCode() throws Exception {
        Scenario.Campaign c = s.newCampaign();
        long anh = s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        String anhUser = c.candidates.get(0);
        s.asUser(c.secretary, () -> s.registration.saveRoom(c.id, null, new RegistrationService.RoomDraft(
                "Trường THPT Nguyễn Trãi, 12 Hồng Quang, TP Hải Dương", "Phòng A1", 5,
                LocalDateTime.of(2027, 3, 14, 7, 30))));

        // before the list is published: no ticket, and asking for it is refused
        assertThat(s.asUser(anhUser, () -> tickets.ready(anh))).isFalse();
        assertThatThrownBy(() -> s.asUser(anhUser, () -> tickets.ticketPdf(anh)))
                .isInstanceOf(DomainException.class).hasMessage("error.ticket.notReady");

        // her portrait, uploaded with the application, is printed in the photo box
        java.io.ByteArrayOutputStream portrait = new java.io.ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB), "png", portrait);
        s.asUser(anhUser, () -> documents.upload(c.id, vn.thituyen.registration.DocumentPurpose.PORTRAIT, null,
                "chan-dung.png", portrait.toByteArray()));
        s.acceptAllAndPublish(c);
        assertThat(s.asUser(anhUser, () -> tickets.ready(anh))).isTrue();
        // another candidate's ticket is not theirs to download
        assertThat(s.asUser(anhUser, () -> tickets.ready(binh))).isFalse();
        assertThatThrownBy(() -> s.asUser(anhUser, () -> tickets.ticketPdf(binh)))
                .isInstanceOf(DomainException.class).hasMessage("error.notFound");

        byte[] pdf = s.asUser(anhUser, () -> tickets.ticketPdf(anh));
        var info = s.registration.candidate(anh);
        // lines wrap where the page is narrow: compared with single spaces
        String text = Scenario.pdfText("admission-ticket", pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("GIẤY BÁO DỰ THI", "Nguyễn Thị Ánh", "14/03/1995", info.candidateNumber(),
                "Chuyên viên tổ chức cán bộ", "Phòng A1", "Trường THPT Nguyễn Trãi, 12 Hồng Quang, TP Hải Dương",
                "Phần 1: Kiến thức chung", "07:30 ngày 14/03/2027", "60 phút",
                "Phần 2: Ngoại ngữ (Tiếng Anh)", "08:30 ngày 14/03/2027", "30 phút",
                // round 2 of the position (an interview by default): its time comes with the round-2 summons
                "Vòng 2 – Phần 1: Phỏng vấn", "Theo giấy triệu tập vòng 2",
                "Thí sinh có trách nhiệm", "căn cước công dân")
                .doesNotContain("Trần Văn Bình", "Ảnh 4x6");
        assertThat(images(pdf)).isEqualTo(1);

        // the QR code, read from the printed page as a phone or a scanner would, names exactly this candidate
        String token = Scenario.qrOf(pdf);
        assertThat(tokens.verify(token)).contains(new TicketToken.Holder(anh, c.id));
    }

    @Test
    void aPhotoIsDrawnInTheBoxAndWithoutOneTheBoxIsLabelled() throws Exception {
        AdmissionTicketPdf.Ticket t = new AdmissionTicketPdf.Ticket(new Letterhead("UBND TỈNH HẢI DƯƠNG",
                "SỞ NỘI VỤ", "Hải Dương"), "Kỳ thi tuyển công chức 2027", "Lê Thị Chi", LocalDate.of(1990, 1, 2),
                "TS0007", "Chuyên viên pháp chế", "Phòng 01", null, List.of(new AdmissionTicketPdf.PartTime(
                        "Phần 1: Kiến thức chung", 60, 60, null, false)), tokens.sign(1, 2), LocalDate.of(2027, 3, 1));

        byte[] withPhoto = AdmissionTicketPdf.render(t, portrait());
        assertThat(images(withPhoto)).isEqualTo(1);
        assertThat(Scenario.pdfText("admission-ticket-photo", withPhoto)).doesNotContain("Ảnh 4x6")
                .contains("Lê Thị Chi", "TS0007", "Sẽ thông báo sau");
        assertThat(Scenario.qrOf(withPhoto)).isEqualTo(tokens.sign(1, 2));

        byte[] without = AdmissionTicketPdf.render(t, null);
        assertThat(images(without)).isZero();
        assertThat(Scenario.pdfText("admission-ticket-no-photo", without)).contains("Ảnh 4x6");
        // bytes that are no image: the labelled box, never a failure
        assertThat(Scenario.pdfText("admission-ticket-bad-photo", AdmissionTicketPdf.render(t,
                "not an image".getBytes()))).contains("Ảnh 4x6");
    }

    /** The raster images on the first page (the QR code is vector drawing, not an image). */
    private static int images(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            int n = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
            return n;
        }
    }

    /** A small portrait-shaped PNG. */
    private static byte[] portrait() throws Exception {
        BufferedImage img = new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(70, 110, 160));
        g.fillRect(0, 0, 120, 180);
        g.setColor(new Color(240, 210, 180));
        g.fillOval(30, 30, 60, 75);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
