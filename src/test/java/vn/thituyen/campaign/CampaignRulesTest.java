package vn.thituyen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;

/** A campaign's rules: its rule set's defaults, then the options chosen for it, each with who and why. */
@ApplicationTest
class CampaignRulesTest {

    @Autowired Scenario s;
    @Autowired CampaignRules rules;

    @Test
    void aCampaignStartsWithItsSetsDefaultsAndRecordsEachChoice() {
        Scenario.Campaign c = s.newCampaign();   // CIVIL_SERVANT_2020
        assertThat(rules.rules(c.id)).isEqualTo(RuleSet.CIVIL_SERVANT_2020.parameters());
        assertThat(rules.options(c.id)).extracting(CampaignRules.OptionState::option,
                CampaignRules.OptionState::enabled, CampaignRules.OptionState::unconfirmed).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleSet.Option.ND116_TIE_CHAIN, false, false),
                        org.assertj.core.groups.Tuple.tuple(RuleSet.Option.CHAIR_ESCALATION, false, true),
                        org.assertj.core.groups.Tuple.tuple(RuleSet.Option.WRITTEN_THIRD_MARKER, false, true));

        s.asUser(c.secretary, () -> {
            rules.setOption(c.id, RuleSet.Option.ND116_TIE_CHAIN, true, "Kỳ thi năm 2025: áp dụng Nghị định 116/2024");
            return null;
        });
        assertThat(rules.rules(c.id).tieChain()).containsExactly(RuleSet.TieBreak.ROUND2_SCORE,
                RuleSet.TieBreak.EXEMPT_BY_ENTRANCE_TESTING, RuleSet.TieBreak.ENTRANCE_TEST_RESULT,
                RuleSet.TieBreak.GENERAL_KNOWLEDGE_CORRECT, RuleSet.TieBreak.HEAD_DECIDES);
        CampaignRules.OptionState nd116 = rules.options(c.id).get(0);
        assertThat(nd116.enabled()).isTrue();
        assertThat(nd116.chosenBy()).isEqualTo(c.secretary);
        assertThat(nd116.reason()).contains("116/2024");

        // turned off again: the newest choice counts
        s.asUser(c.secretary, () -> {
            rules.setOption(c.id, RuleSet.Option.ND116_TIE_CHAIN, false, "Nhầm kỳ thi");
            return null;
        });
        assertThat(rules.rules(c.id)).isEqualTo(RuleSet.CIVIL_SERVANT_2020.parameters());

        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            rules.setOption(c.id, RuleSet.Option.TRADE_UNION_PRIORITY, true, "không có trong bộ 2020");
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("error.ruleSet.optionNotOffered");
        assertThatThrownBy(() -> s.asUser(c.secretary, () -> {
            rules.setOption(c.id, RuleSet.Option.CHAIR_ESCALATION, true, " ");
            return null;
        })).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> s.asUser(c.grader1, () -> {
            rules.setOption(c.id, RuleSet.Option.CHAIR_ESCALATION, true, "không có quyền");
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
