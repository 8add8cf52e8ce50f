package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.grading.AppealService;
import vn.thituyen.grading.AppealService.AppealInfo;
import vn.thituyen.grading.AppealService.Appealable;
import vn.thituyen.registration.RegistrationService;

/**
 * The candidate's appeals (phúc khảo): for each written paper of their position, until when an appeal may be filed,
 * the fee, and the button; then each appeal with its fee and, once re-marked, the outcome (before → after).
 */
@Route(value = "my-appeals", layout = MainLayout.class)
@RolesAllowed("CANDIDATE")
public class MyAppealsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final VerticalLayout papers = new VerticalLayout();
    final Grid<AppealInfo> filed = new Grid<>();
    private final transient AppealService appeals;
    private final long campaignId;

    public MyAppealsView(AppealService appeals, RegistrationService registration) {
        this.appeals = appeals;
        Long latest = registration.myLatestCampaign().orElse(null);
        this.campaignId = latest == null ? -1 : latest;
        add(new H2(getTranslation("appeal.mine.title")));
        if (latest == null) {
            add(new Paragraph(getTranslation("appeal.mine.none")));
            return;
        }
        Paragraph rule = new Paragraph(getTranslation("appeal.mine.rule"));
        rule.setId("appeal-rule");
        papers.setPadding(false);
        papers.setId("appeal-papers");
        filed.setId("my-appeals");
        filed.addColumn(a -> getTranslation("appeal.part", a.partNo())).setHeader(getTranslation("appeal.paper"));
        filed.addColumn(a -> new Numbers(getLocale()).money(a.feeVnd())).setHeader(getTranslation("appeal.fee"));
        filed.addColumn(a -> getTranslation("appeal.status." + a.status())).setHeader(getTranslation("appeal.status"))
                .setAutoWidth(true);
        filed.addColumn(this::outcome).setHeader(getTranslation("appeal.outcome")).setAutoWidth(true);
        filed.setAllRowsVisible(true);
        add(rule, papers, new H3(getTranslation("appeal.mine.filed")), filed);
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
        papers.removeAll();
        List<Appealable> offer = Actions.fetch(() -> appeals.appealable(campaignId)).orElse(List.of());
        for (Appealable p : offer) {
            String when = p.lastDay() == null ? "" : p.lastDay().format(DAY);
            if (p.refusal() == null) {
                Button file = new Button(getTranslation("appeal.file", p.partNo()), e -> Confirm.ask("appeal.file.title",
                        "appeal.file.confirm", new Object[] {p.partNo(), new Numbers(getLocale()).money(p.feeVnd()),
                                when}, "appeal.file.title", () -> Actions.attempt(() -> {
                                    appeals.file(campaignId, p.partNo());
                                    Notices.success("appeal.filed", p.partNo());
                                    refresh();
                                })));
                file.setId("file-appeal-" + p.partNo());
                file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                papers.add(new Paragraph(getTranslation("appeal.open", p.partNo(), when)), file);
            } else {
                Paragraph why = new Paragraph(getTranslation("appeal.part", p.partNo()) + ": "
                        + getTranslation("error.appeal." + p.refusal(), when));
                why.setId("appeal-refusal-" + p.partNo());
                papers.add(why);
            }
        }
        filed.setItems(Actions.fetch(() -> appeals.mine(campaignId)).orElse(List.of()));
        filed.recalculateColumnWidths();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myAppeals");
    }
}
