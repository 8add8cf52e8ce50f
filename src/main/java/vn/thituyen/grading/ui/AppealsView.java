package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.grading.AppealService;
import vn.thituyen.grading.AppealService.AppealInfo;

/**
 * The campaign's appeals for the secretary and the chair: who appealed which paper and when, the fee and its receipt,
 * where each stands, and the outcome once re-marked. The secretary records a fee as paid.
 */
@Route(value = "appeals", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "CHAIR"})
public class AppealsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Grid<AppealInfo> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final TextField receipt = new TextField();
    final DatePicker paidOn = new DatePicker();
    private final transient AppealService appeals;
    private final transient CampaignInfo campaign;

    public AppealsView(AppealService appeals, CampaignService campaigns) {
        this.appeals = appeals;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        grid.setId("appeals-grid");
        grid.addColumn(AppealInfo::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
        grid.addColumn(AppealInfo::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("appeal.part", a.partNo())).setHeader(getTranslation("appeal.paper"));
        grid.addColumn(a -> WHEN.format(a.filedAt())).setHeader(getTranslation("appeal.filedAt")).setAutoWidth(true);
        grid.addColumn(a -> new Numbers(getLocale()).money(a.feeVnd())).setHeader(getTranslation("appeal.fee"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.paidOn() == null ? "" : a.receiptNo() + " – " + DAY.format(a.paidOn()))
                .setHeader(getTranslation("appeal.receipt")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("appeal.status." + a.status())).setHeader(getTranslation("appeal.status"))
                .setAutoWidth(true);
        grid.addColumn(this::outcome).setHeader(getTranslation("appeal.outcome")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        receipt.setId("appeal-receipt");
        receipt.setLabel(getTranslation("appeal.receiptNo"));
        receipt.setMaxLength(60);
        paidOn.setId("appeal-paid-on");
        paidOn.setLabel(getTranslation("appeal.paidOn"));
        add(new H2(getTranslation("appeal.list.title", campaign.name())), grid, detail);
        refresh();
    }

    private String outcome(AppealInfo a) {
        if (a.after() == null) {
            return "";
        }
        Numbers n = new Numbers(getLocale());
        return getTranslation(Boolean.TRUE.equals(a.changed()) ? "appeal.changed" : "appeal.unchanged",
                n.score(a.before()), n.score(a.after()));
    }

    private void refresh() {
        Actions.fetch(() -> appeals.appeals(campaign.id())).ifPresent(list -> {
            grid.setItems(list);
            grid.recalculateColumnWidths();   // the auto widths follow the rows now shown
            detail.removeAll();
        });
    }

    private void showDetail(AppealInfo a) {
        detail.removeAll();
        if (a == null || a.status() != AppealService.Status.AWAITING_FEE) {
            return;
        }
        receipt.clear();
        paidOn.clear();
        Button record = new Button(getTranslation("appeal.recordFee"), e -> Actions.attempt(() -> {
            appeals.recordFee(a.id(), receipt.getValue(), paidOn.getValue());
            Notices.success("appeal.feeRecorded", a.candidateNumber());
            refresh();
        }, Map.of("receipt", receipt, "paidOn", paidOn)));
        record.setId("record-fee");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout line = new HorizontalLayout(receipt, paidOn, record);
        line.setAlignItems(Alignment.BASELINE);
        detail.add(new H3(a.candidateNumber() + " – " + a.fullName()), line);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.appeals");
    }

    List<AppealInfo> shown() {
        return grid.getGenericDataView().getItems().toList();
    }
}
