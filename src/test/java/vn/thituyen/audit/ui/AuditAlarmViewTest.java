package vn.thituyen.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;

/** A broken audit chain is shown on every page of administrators and chairs, and on the audit page itself. */
@ApplicationTest
class AuditAlarmViewTest extends ViewTestBase {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theChairSeesTheAlarmUntilTheChainVerifiesAgainAndOthersDoNot() {
        Scenario.Campaign c = newCampaign();
        long id = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        String actor = jdbc.queryForObject("select actor from audit_entry where id = ?", String.class, id);
        signIn(c.chair);
        navigate("audit", AuditView.class);
        _click(_get(Button.class, spec -> spec.withId("verify-chain")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("chain-verdict")).getText())
                .startsWith("Chuỗi nhật ký toàn vẹn:");
        _assertNone(Anchor.class, spec -> spec.withId("layout-alarm"));
        try {
            jdbc.update("update audit_entry set actor = 'someone else' where id = ?", id);
            _click(_get(Button.class, spec -> spec.withId("verify-chain")));
            assertThat(_get(Paragraph.class, spec -> spec.withId("chain-verdict")).getText())
                    .isEqualTo("Chuỗi nhật ký KHÔNG toàn vẹn: nội dung mục không khớp với mã băm (bị sửa) (mục "
                            + id + ").");

            signIn(c.chair);
            navigate("results", vn.thituyen.results.ui.ResultsView.class);
            assertThat(_get(Anchor.class, spec -> spec.withId("layout-alarm")).getText())
                    .startsWith("CẢNH BÁO: nhật ký kiểm toán không còn toàn vẹn (mục " + id);
            signIn(c.secretary);
            navigate("results", vn.thituyen.results.ui.ResultsView.class);
            _assertNone(Anchor.class, spec -> spec.withId("layout-alarm"));
        } finally {
            jdbc.update("update audit_entry set actor = ? where id = ?", actor, id);
        }
        signIn(c.chair);
        navigate("audit", AuditView.class);
        _click(_get(Button.class, spec -> spec.withId("verify-chain")));
        signIn(c.chair);
        navigate("results", vn.thituyen.results.ui.ResultsView.class);
        _assertNone(Anchor.class, spec -> spec.withId("layout-alarm"));
    }
}
