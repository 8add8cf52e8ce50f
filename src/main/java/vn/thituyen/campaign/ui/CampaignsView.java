package vn.thituyen.campaign.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.common.ui.MainLayout;

/** The campaign workspace (kỳ tuyển dụng): every campaign with its status; ADMIN creates, SECRETARY reads. */
@Route(value = "campaigns", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SECRETARY"})
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Grid<CampaignInfo> grid = new Grid<>();

    public CampaignsView(CampaignService campaigns, AuthenticationContext auth) {
        setSizeFull();
        add(new H2(getTranslation("campaign.list.title")), new Paragraph(getTranslation("campaign.list.hint")));
        if (auth.hasRole("ADMIN")) {
            Button create = new Button(getTranslation("campaign.create"),
                    e -> UI.getCurrent().navigate(CampaignView.class, "new"));
            create.setId("create-campaign");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid.setId("campaigns");
        grid.addColumn(CampaignInfo::code).setHeader(getTranslation("campaign.code")).setAutoWidth(true);
        grid.addColumn(CampaignInfo::name).setHeader(getTranslation("campaign.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("campaign.kind." + c.kind())).setHeader(getTranslation("campaign.kind"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("ruleSet." + c.ruleSet())).setHeader(getTranslation("campaign.ruleSet"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.registrationOpensAt().atZone(CampaignSetupService.ZONE).format(DATE) + " – "
                + c.registrationClosesAt().minusNanos(1).atZone(CampaignSetupService.ZONE).format(DATE))
                .setHeader(getTranslation("campaign.window")).setAutoWidth(true);
        grid.addComponentColumn(c -> statusBadge(c)).setHeader(getTranslation("campaign.status")).setAutoWidth(true);
        grid.setItems(campaigns.myCampaigns());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CampaignView.class, String.valueOf(e.getItem().id())));
        add(grid);
    }

    static Span statusBadge(CampaignInfo c) {
        Span s = new Span(s(c));
        s.getElement().getThemeList().add("badge " + switch (c.status()) {
            case DRAFT -> "contrast";
            case REGISTRATION_OPEN, EXAMS -> "success";
            case CLOSED -> "contrast";
            default -> "";
        });
        return s;
    }

    private static String s(CampaignInfo c) {
        return UI.getCurrent().getTranslation("campaign.status." + c.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.list.title");
    }
}
