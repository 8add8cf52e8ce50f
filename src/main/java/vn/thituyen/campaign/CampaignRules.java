package vn.thituyen.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.RuleOptionChoice;
import vn.thituyen.campaign.domain.RuleOptionChoiceRepository;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FreeText;
import vn.thituyen.identity.CurrentUser;

/**
 * The rules that apply to one campaign: its {@link RuleSet} with the {@link RuleSet.Option options} chosen for it.
 * Every other module reads a campaign's rules here ({@link #rules(long)}); a screen shows the choices with
 * {@link #options(long)} and changes one with {@link #setOption}.
 */
@Service
public class CampaignRules {

    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final RuleOptionChoiceRepository choices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    CampaignRules(CampaignService campaigns, RuleOptionChoiceRepository choices, CurrentUser currentUser,
            ApplicationEventPublisher events, java.time.Clock clock, CampaignAccess access) {
        this.access = access;
        this.campaigns = campaigns;
        this.choices = choices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The campaign's rule set with its options: the set's defaults, then each recorded choice, newest last. */
    @Transactional(readOnly = true)
    public RuleSet.Parameters rules(long campaignId) {
        RuleSet set = campaigns.campaign(campaignId).ruleSet();
        return set.parameters(enabled(set, latestChoices(campaignId)));
    }

    /** Each option the campaign's rule set offers: on or off, whether that is the set's default, who chose it. */
    @Transactional(readOnly = true)
    public List<OptionState> options(long campaignId) {
        RuleSet set = campaigns.campaign(campaignId).ruleSet();
        Map<RuleSet.Option, RuleOptionChoice> chosen = latestChoices(campaignId);
        Set<RuleSet.Option> on = enabled(set, chosen);
        List<OptionState> out = new ArrayList<>();
        for (RuleSet.Option o : set.offeredOptions()) {
            RuleOptionChoice c = chosen.get(o);
            out.add(new OptionState(o, on.contains(o), set.defaultOptions().contains(o),
                    set.parameters().isUnconfirmed(o.param()), c == null ? null : c.getReason(),
                    c == null ? null : c.getChosenBy(), c == null ? null : c.getChosenAt()));
        }
        return out;
    }

    /**
     * Turns an option of the campaign's rule set on or off, with a reason; refused once results are approved
     * (they were computed under the rules as they stood). Results computed before stay as they are: the next
     * computation uses the new choice.
     */
    @Secured({"ROLE_ADMIN", "ROLE_SECRETARY"})
    @Transactional
    public void setOption(long campaignId, RuleSet.Option option, boolean enabled, String reason) {
        access.require(campaignId);
        RuleSet set = campaigns.campaign(campaignId).ruleSet();
        campaigns.requireResultsOpen(campaignId);
        if (option == null || !set.offeredOptions().contains(option)) {
            throw new DomainException("error.ruleSet.optionNotOffered");
        }
        FreeText.require("reason", reason, 1000);
        Instant now = clock.instant();
        choices.save(new RuleOptionChoice(campaignId, option, enabled, reason.trim(), currentUser.username(), now));
        events.publishEvent(new CampaignEvents.RuleOptionSet(campaignId, option.name(), enabled, reason.trim(),
                currentUser.username()));
    }

    private Map<RuleSet.Option, RuleOptionChoice> latestChoices(long campaignId) {
        Map<RuleSet.Option, RuleOptionChoice> latest = new EnumMap<>(RuleSet.Option.class);
        for (RuleOptionChoice c : choices.findByCampaignIdOrderById(campaignId)) {
            latest.put(c.getOption(), c);
        }
        return latest;
    }

    private static Set<RuleSet.Option> enabled(RuleSet set, Map<RuleSet.Option, RuleOptionChoice> chosen) {
        EnumSet<RuleSet.Option> on = EnumSet.noneOf(RuleSet.Option.class);
        on.addAll(set.defaultOptions());
        chosen.forEach((o, c) -> {
            if (!set.offeredOptions().contains(o)) {
                return;   // cannot happen through setOption; a stray row must not break the campaign
            }
            if (c.isEnabled()) {
                on.add(o);
            } else {
                on.remove(o);
            }
        });
        return on;
    }

    /**
     * One option as a screen shows it.
     * @param unconfirmed the parameter it changes is marked (?) in the set: show "(?) to confirm"
     * @param reason      why it was last set, or null while the set's default applies
     */
    public record OptionState(RuleSet.Option option, boolean enabled, boolean enabledByDefault, boolean unconfirmed,
            String reason, String chosenBy, Instant chosenAt) {
    }
}
