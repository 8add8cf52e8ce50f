package vn.thituyen.delivery.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;

/** The sealing panel of the console: the secretary exports and sees the checksum; the chair only verifies. */
@ApplicationTest
class SealPanelTest extends ViewTestBase {

    @Test
    void theSecretaryExportsASubjectAndSeesTheChecksumForTheMinutes() {
        Scenario.Campaign c = newCampaign();
        long a = s.apply(c, c.position1, "Trần Quốc Toản", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(a, 35, 20);
        signIn(c.secretary);
        navigate("sittings", SittingsView.class);
        _click(_get(Button.class, spec -> spec.withId("seal-export")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("seal-hash")).getText())
                .matches("Mã kiểm tra \\(SHA-256\\) của bảng kê – ghi vào biên bản niêm phong: [0-9a-f]{64}");
        assertThat(_get(Anchor.class, spec -> spec.withId("seal-download")).getHref()).isNotBlank();
    }

    @Test
    void theChairCanVerifyButNotExportOrPurge() {
        Scenario.Campaign c = newCampaign();
        s.apply(c, c.position1, "Yết Kiêu", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        signIn(c.chair);
        navigate("sittings", SittingsView.class);
        _assertNone(Button.class, spec -> spec.withId("seal-export"));
        _assertNone(Button.class, spec -> spec.withId("seal-purge"));
        _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("seal-verify-upload"));
        _assertNone(Anchor.class, spec -> spec.withId("seal-download"));
    }
}
