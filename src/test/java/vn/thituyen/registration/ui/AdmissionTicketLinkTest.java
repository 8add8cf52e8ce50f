package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;

/** Issue 15 § 3: the candidate's page offers the admission ticket once the eligible list is published, not before. */
@ApplicationTest
class AdmissionTicketLinkTest extends ViewTestBase {

    @Test
    void theTicketIsOfferedOnlyOnceTheListIsPublished() {
        Scenario.Campaign c = newCampaign();
        s.apply(c, c.position1, "Nguyễn Thị Ánh", null);
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        _assertNone(Anchor.class, spec -> spec.withId("admission-ticket"));

        s.acceptAllAndPublish(c);
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        Anchor link = _get(Anchor.class, spec -> spec.withId("admission-ticket"));
        assertThat(link.getText()).isEqualTo("Tải giấy báo dự thi (PDF)");
        assertThat(screenText()).contains("quét mã QR trên giấy báo");
    }
}
