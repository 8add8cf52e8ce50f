package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.results.ResultsService;

/** After publication a candidate sees their own result on their page; before it, only the application's status. */
@ApplicationTest
class MyResultTest extends ViewTestBase {

    @Autowired ResultsService results;

    @Test
    void theCandidateSeesTheirOwnLinesOnlyOncePublished() {
        Scenario.Campaign c = newCampaign();
        long an = s.apply(c, c.position1, "Nguyễn Thị Ánh", PriorityCategory.ETHNIC_MINORITY);
        long binh = s.apply(c, c.position1, "Trần Văn Bình", null);
        s.acceptAllAndPublish(c);
        s.openSittings(c);
        s.sit(an, 45, 20);
        s.sit(binh, 30, 15);
        s.interview(c, an, "80", "77");     // 78.5 + 5 = 83.5
        s.interview(c, binh, "70", "72");   // 71
        long setId = s.asUser(c.secretary, () -> results.compute(c.id));
        s.asUser(c.chair, () -> {
            results.approve(setId);
            return null;
        });

        // approved but not yet published: nothing but the status
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        _assertNone(FormLayout.class, spec -> spec.withId("my-result"));

        s.asUser(c.secretary, () -> {
            results.publish(setId, "15/TB-HĐTD");
            return null;
        });
        signIn(c.candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        String shown = _get(FormLayout.class, spec -> spec.withId("my-result")).getElement().getTextRecursively();
        assertThat(shown).contains("Phần 1: Kiến thức chung", "45/60 câu đúng – Đạt", "20/30 câu đúng – Đạt",
                "Vòng 2 – Phần 1: Phỏng vấn", "78,5/100 điểm (trọng số 100 %)", "83,5", "Trúng tuyển");
        // an interview is never appealed: no appeal on the page
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("my-appeal"));
        assertThat(_get(Span.class, spec -> spec.withId("my-outcome")).getText()).isEqualTo("Trúng tuyển");
        // the official list says the same
        var line = s.asUser(c.secretary, () -> results.latest(c.id)).orElseThrow().lines().stream()
                .filter(l -> l.applicationId() == an).findFirst().orElseThrow();
        assertThat(line.total()).isEqualByComparingTo("83.5");
        assertThat(line.rank()).isEqualTo(1);
        // and nobody else's lines
        assertThat(shown).doesNotContain("Trần Văn Bình").doesNotContainPattern("(?<!\\p{Alnum})71(?!\\p{Alnum})");
    }
}
