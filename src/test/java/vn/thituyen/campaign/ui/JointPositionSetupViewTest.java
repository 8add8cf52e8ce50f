package vn.thituyen.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.campaign.JointAgencies;
import vn.thituyen.campaign.JointAgency;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.identity.Role;

/** A joint position (vị trí tuyển dụng chung, ND 170/2025/NĐ-CP) set up on the campaign screen: agencies and places. */
@ApplicationTest
class JointPositionSetupViewTest extends ViewTestBase {

    private String admin;

    @BeforeEach
    void anAdministratorSignedIn() {
        admin = "office-" + UUID.randomUUID().toString().substring(0, 8);
        s.as("system-admin", Role.ADMIN, () -> s.identity.createAccount(admin, Scenario.PASSWORD, "Phạm Quản Trị",
                "qt@example.vn", Role.ADMIN));
        signIn(admin);
    }

    private long draftCampaign(RuleSet ruleSet) {
        return s.as("system-admin", Role.ADMIN, () -> s.setup.createCampaign("JV-" + UUID.randomUUID().toString()
                .substring(0, 8), "Thi tuyển công chức 2026", ruleSet, s.clock.instant().plusSeconds(86_400),
                s.clock.instant().plusSeconds(40 * 86_400)));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void anOfficeListsTheAgenciesWithTheirPlacesAndTheQuotaFollows() {
        long id = draftCampaign(RuleSet.CIVIL_SERVANT_2025);
        CampaignView v = navigate("campaign/" + id, CampaignView.class);
        _click(button("add-position"));
        _setValue(field("position-code"), "VT05");
        _setValue(field("position-name"), "Chuyên viên pháp chế");
        _setValue(field("position-agency"), "UBND tỉnh");
        IntegerField quota = _get(IntegerField.class, spec -> spec.withId("position-quota"));
        _setValue(quota, 1);
        TextArea agencies = _get(TextArea.class, spec -> spec.withId("position-agencies"));
        assertThat(agencies.isVisible()).isTrue();

        // one agency only, then a line without places: each marked on the field, nothing stored
        _setValue(agencies, "Sở Tư pháp: 2");
        _click(button("save-position"));
        assertThat(error(agencies)).isEqualTo("Vị trí tuyển dụng chung cần ít nhất hai cơ quan; một cơ quan thì ghi"
                + " ở ô “Cơ quan sử dụng” và để trống ô này.");
        _setValue(agencies, "Sở Tư pháp: 2\nSở Tài chính");
        _click(button("save-position"));
        assertThat(error(agencies)).isEqualTo("Mỗi cơ quan một dòng, dạng “Tên cơ quan: chỉ tiêu”, chỉ tiêu là số"
                + " nguyên.");
        assertThat(s.campaigns.positions(id)).isEmpty();

        _setValue(agencies, "Sở Tư pháp: 2\nSở Tài chính: 1");
        assertThat(quota.isReadOnly()).isTrue();   // the sum of the agencies' places
        _click(button("save-position"));
        assertThat(notifications()).contains("Đã lưu vị trí VT05.");
        var position = s.campaigns.positions(id).get(0);
        assertThat(position.quota()).isEqualTo(3);
        assertThat(ctx.getBean(JointAgencies.class).of(position.id()))
                .extracting(JointAgency::name, JointAgency::places).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sở Tư pháp", 2),
                        org.assertj.core.groups.Tuple.tuple("Sở Tài chính", 1));
        CampaignView after = _get(CampaignView.class);
        assertThat(GridKt._getFormattedRow(after.positions, 0)).contains("VT05",
                "Chung: Sở Tư pháp (2); Sở Tài chính (1)", "3");
    }

    @Test
    void aRuleSetWithoutJointPositionsDoesNotOfferThem() {
        long id = draftCampaign(RuleSet.CIVIL_SERVANT_2020);
        navigate("campaign/" + id, CampaignView.class);
        _click(button("add-position"));
        _get(TextField.class, spec -> spec.withId("position-code"));   // the dialog is open
        _assertNone(TextArea.class, spec -> spec.withId("position-agencies"));   // hidden: nothing to fill in
    }

    @Test
    void onceRegistrationOpensTheAgenciesAreOnlyShown() {
        Scenario.Campaign c = s.newJointCampaign("Sở Tư pháp: 1\nSở Tài chính: 1");
        s.chooseFor(admin, c.id);
        CampaignView v = navigate("campaign/" + c.id, CampaignView.class);
        _assertNone(Button.class, spec -> spec.withId("edit-VT02"));
        String row = String.join(" | ", GridKt._getFormattedRow(v.positions, 1));
        assertThat(row).contains("Chung: Sở Tư pháp (1); Sở Tài chính (1)");
    }
}
