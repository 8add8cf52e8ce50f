package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PriorityCategory;

/**
 * Issue 15 § 1 in the browser: the candidate uploads scans on their application page (a disguised file is refused
 * next to its upload, nothing kept); the form-review board sees them beside the claims, the portrait as a picture.
 */
@ApplicationTest
class DocumentsViewTest extends ViewTestBase {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void theCandidateUploadsAndTheReviewerSeesTheDocuments() {
        Scenario.Campaign c = newCampaign();
        long app = s.apply(c, c.position1, "Hoàng Thị Lan", PriorityCategory.ETHNIC_MINORITY);
        String me = c.candidates.get(0);
        s.chooseFor(me, c.id);
        signIn(me);
        navigate("my-application", MyApplicationView.class);
        assertThat(text(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("documents")))).contains("Giấy tờ kèm theo", "Văn bằng, bảng điểm",
                        "Giấy tờ chứng minh ưu tiên: Người dân tộc thiểu số", "Ảnh chân dung");

        // a PNG named .pdf: refused next to its upload, nothing kept
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-DEGREE")), "bang-cu-nhan.pdf", PNG);
        Span error = _get(Span.class, spec -> spec.withId("upload-error-DEGREE"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Tên tệp không khớp với nội dung tệp");
        assertThat(count(app)).isZero();

        // the real degree, the evidence of the priority, the portrait
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-DEGREE")), "bang-cu-nhan.pdf",
                Scenario.pdf("Bằng cử nhân"));
        assertThat(notifications()).contains("Đã tải lên tệp bang-cu-nhan.pdf.");
        _assertNone(Span.class, spec -> spec.withId("upload-error-DEGREE"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-PRIORITY-ETHNIC_MINORITY")),
                "giay-khai-sinh.pdf", Scenario.pdf("Dân tộc Tày"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-PORTRAIT")), "anh.png", PNG);
        assertThat(count(app)).isEqualTo(3);
        long degree = id(app, "DEGREE");
        assertThat(_get(Anchor.class, spec -> spec.withId("document-" + degree)).getText())
                .startsWith("bang-cu-nhan.pdf");

        // withdrawn while the form may be changed: gone from the list, kept in the database
        _click(_get(Button.class, spec -> spec.withId("withdraw-document-" + degree)));
        _assertNone(Anchor.class, spec -> spec.withId("document-" + degree));
        assertThat(count(app)).isEqualTo(3);

        // the form-review board: the documents beside the claims, the portrait as a picture
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("upload-DEGREE")), "bang-diem.pdf",
                Scenario.pdf("Bảng điểm"));
        signIn(c.secretary);
        ReviewView v = navigate("review", ReviewView.class);
        GridKt._selectRow(v.grid, 0);
        long evidence = id(app, "PRIORITY");
        long transcript = s.jdbc.queryForObject("SELECT id FROM candidate_document WHERE application_id = ?"
                + " AND file_name = 'bang-diem.pdf'", Long.class, app);
        assertThat(text(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("documents-PRIORITY-ETHNIC_MINORITY")))).contains("giay-khai-sinh.pdf");
        assertThat(_get(Anchor.class, spec -> spec.withId("document-" + evidence)).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("document-" + transcript)).getText())
                .startsWith("bang-diem.pdf");
        _assertNone(Anchor.class, spec -> spec.withId("document-" + degree));
        long portrait = id(app, "PORTRAIT");
        assertThat(_get(Image.class, spec -> spec.withId("portrait-" + portrait)).getAlt())
                .contains("Ảnh chân dung của Hoàng Thị Lan");
        // the reviewer reads, never changes
        // (the screen's one upload is the import of paper applications, not a document's)
        assertThat(_find(Upload.class)).noneMatch(u -> u.getId().orElse("").startsWith("upload-"));
        _assertNone(Button.class, spec -> spec.withId("withdraw-document-" + evidence));
    }

    private long count(long app) {
        return s.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_document WHERE application_id = ?", Long.class,
                app);
    }

    private long id(long app, String purpose) {
        return s.jdbc.queryForObject("SELECT MIN(id) FROM candidate_document WHERE application_id = ? AND purpose = ?",
                Long.class, app, purpose);
    }
}
