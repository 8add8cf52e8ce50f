package vn.thituyen.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;

/**
 * The campaign a staff screen works on, at the top of every staff screen. The choice is remembered per user (for
 * every screen and the next visit); nothing is chosen implicitly, so nobody works on "the newest" by accident.
 */
public class CampaignPicker extends ComboBox<CampaignInfo> {

    private final transient Optional<CampaignInfo> chosen;

    /** The campaigns the staff member works on (every one for an administrator), drafts included. */
    public CampaignPicker(CampaignService campaigns) {
        this(campaigns, campaigns.myCampaigns());
    }

    /** The campaigns given, e.g. only the announced ones for a candidate. */
    public CampaignPicker(CampaignService campaigns, java.util.List<CampaignInfo> items) {
        setLabel(getTranslation("campaign.picker"));
        setId("campaign-picker");
        setPlaceholder(getTranslation("campaign.picker.placeholder"));
        setItems(items);
        setItemLabelGenerator(c -> c.code() + " – " + c.name());
        setWidth("min(100%, 40em)");
        chosen = campaigns.chosen().filter(items::contains);
        chosen.ifPresent(this::setValue);
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                campaigns.choose(e.getValue().id());
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
    }

    /**
     * Puts the picker at the top of a staff screen and returns the campaign chosen, or null: then the screen says to
     * choose one first, and builds nothing else.
     */
    public static CampaignInfo placeOn(com.vaadin.flow.component.HasComponents screen, CampaignService campaigns) {
        CampaignPicker picker = new CampaignPicker(campaigns);
        screen.add(picker);
        CampaignInfo chosen = picker.chosen().orElse(null);
        if (chosen == null) {
            screen.add(new com.vaadin.flow.component.html.Paragraph(picker.getTranslation("campaign.picker.first")));
        }
        return chosen;
    }

    /** The campaign chosen when the screen was built. */
    public Optional<CampaignInfo> chosen() {
        return chosen;
    }
}
