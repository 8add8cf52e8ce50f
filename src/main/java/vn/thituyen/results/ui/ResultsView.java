package vn.thituyen.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.thituyen.common.Numbers;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/** Compute (secretary), decide ties and approve (chair), publish (secretary). */
@Route(value = "results", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "CHAIR", "ADMIN"})
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final Grid<ResultLine> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout ties = new VerticalLayout();
    private final transient ResultsService results;
    private final transient CampaignService campaigns;
    private final transient CampaignInfo campaign;
    private final transient AuthenticationContext auth;
    private final transient vn.thituyen.campaign.JointAgencies jointAgencies;
    /** A leadership exam's minutes and report, else null. */
    LeadershipPapersPanel papers;

    private final transient vn.thituyen.results.ResultLists lists;
    final HorizontalLayout downloads = new HorizontalLayout();

    public ResultsView(ResultsService results, CampaignService campaigns, AuthenticationContext auth,
            vn.thituyen.results.LeadershipPapers leadershipPapers, vn.thituyen.campaign.JointAgencies jointAgencies,
            vn.thituyen.results.ResultLists lists) {
        this.jointAgencies = jointAgencies;
        this.results = results;
        this.lists = lists;
        this.campaigns = campaigns;
        this.auth = auth;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        status.setId("results-status");
        grid.setId("results-grid");
        // nine columns on a laptop's width: the cells and headers wrap rather than being cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ResultLine::positionName).setHeader(getTranslation(campaign.kind().leadership()
                ? "leadership.post" : "field.position")).setFlexGrow(3);
        // joint positions (ND 170/2025/NĐ-CP): the agency each winner is placed in
        if (!jointAgencies.of(campaigns.positions(campaign.id()).stream().map(p -> p.id()).toList()).isEmpty()) {
            grid.addColumn(l -> l.agency() == null ? "" : l.agency()).setHeader(getTranslation("results.agency"))
                    .setKey("agency").setFlexGrow(2);
        }
        grid.addColumn(ResultLine::rank).setHeader(getTranslation("results.rank"));
        grid.addColumn(ResultLine::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
        grid.addColumn(ResultLine::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(3);
        grid.addColumn(l -> l.dateOfBirth().format(DATE)).setHeader(getTranslation("field.dateOfBirth"))
                .setFlexGrow(2);
        if (campaign.kind().leadership()) {
            // a leadership exam: part 1 (written, the gate), part 2 (the đề án), the final score; no priority points
            grid.addColumn(l -> num(l.part1Score())).setHeader(getTranslation("results.part1"));
            grid.addColumn(l -> num(l.round2Score())).setHeader(getTranslation("results.part2"));
            grid.addColumn(l -> num(l.total())).setHeader(getTranslation("results.final"));
        } else {
            grid.addColumn(l -> getTranslation(l.round1Passed() ? "exam.passed" : "exam.failed"))
                    .setHeader(getTranslation("results.round1"));
            grid.addColumn(l -> num(l.round2Score())).setHeader(getTranslation("results.round2"));
            grid.addColumn(l -> num(l.priorityPoints())).setHeader(getTranslation("results.priority"));
            grid.addColumn(l -> num(l.total())).setHeader(getTranslation("results.total"));
        }
        grid.addColumn(l -> getTranslation("outcome." + l.outcome())
                + (l.cancelReason() == null ? "" : " – " + l.cancelReason())).setHeader(getTranslation("results.outcome"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        // the tie block takes no room while there is no tie
        ties.setPadding(false);
        ties.setSpacing(false);
        actions.setPadding(false);
        add(new H2(getTranslation(campaign.kind().leadership() ? "results.title.leadership" : "results.title",
                campaign.name())), status, actions, ties, grid, downloads);
        downloads.setId("results-downloads");
        if (campaign.kind().leadership()) {
            papers = new LeadershipPapersPanel(leadershipPapers, campaign.id());
            add(papers);
        }
        refresh();
    }

    private String num(BigDecimal v) {
        return new Numbers(getLocale()).score(v);
    }

    private void refresh() {
        actions.removeAll();
        ties.removeAll();
        if (papers != null) {
            papers.refresh();
        }
        Optional<ResultSetView> latest = results.latest(campaign.id());
        showDownloads(latest);
        // the grid pages from the database: a large campaign's list runs to thousands of lines
        latest.ifPresentOrElse(set -> grid.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<ResultLine,
                Void>(q -> results.lines(set.id(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) results.countLines(set.id()), ResultLine::applicationId)), () -> grid.setItems(List.of()));
        boolean secretary = auth.hasRole("SECRETARY");
        boolean chair = auth.hasRole("CHAIR");
        if (latest.isEmpty()) {
            status.setText(getTranslation("results.none"));
            if (secretary) {
                actions.add(computeButton("results.compute", 1));
            }
            return;
        }
        ResultSetView r = latest.get();
        String text = getTranslation("results.version", r.version(), getTranslation("resultStatus." + r.status()),
                r.computedBy(), STAMP.format(r.computedAt().atZone(ClockConfiguration.ZONE)));
        if (r.approvedBy() != null) {
            text += " " + getTranslation("results.approvedBy", r.approvedBy(),
                    STAMP.format(r.approvedAt().atZone(ClockConfiguration.ZONE)));
        }
        status.setText(text);
        for (var d : r.tieDecisions()) {
            ties.add(new Paragraph(getTranslation("results.tieDecided", d.decidedBy(), d.reason(),
                    r.lines().stream().filter(l -> l.applicationId() == d.applicationId()).map(ResultLine::fullName)
                            .findFirst().orElse(""))));
        }
        switch (r.status()) {
            case "DRAFT" -> draftActions(r, secretary, chair);
            case "APPROVED" -> {
                if (secretary || auth.hasRole("ADMIN")) {
                    actions.add(publishRow(r));
                }
            }
            case "PUBLISHED" -> {
                if (secretary) {
                    // after appeals (phúc khảo): a new version with the re-marks, approved and published again
                    Button revise = button("results.afterAppeals", "compute-after-appeals",
                            "results.afterAppeals.confirm", new Object[] {r.version() + 1}, () -> {
                                results.computeAfterAppeals(campaign.id());
                                Notices.success("results.afterAppeals.done", r.version() + 1);
                            });
                    revise.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    actions.add(revise);
                }
            }
            default -> { }
        }
    }

    /** A draft: the secretary computes again; the chair decides a tie or approves. */
    private void draftActions(ResultSetView r, boolean secretary, boolean chair) {
        if (secretary) {
            actions.add(computeButton("results.recompute", r.version() + 1));
        }
        if (chair) {
            if (r.hasPendingTie()) {
                showTieForm(r);
            } else {
                actions.add(button("results.approve", "approve-results", "results.approve.confirm",
                        new Object[] {r.version(), winners(r)}, () -> {
                            results.approve(r.id());
                            Notices.success("results.approved.detail", r.version());
                        }));
            }
        }
        if (r.hasPendingTie()) {
            Paragraph p = new Paragraph(getTranslation("results.tieFlagged"));
            p.setId("tie-flag");
            p.addClassName("warning");
            ties.addComponentAsFirst(p);
        }
    }

    /** Publishing an approved version, with the number of the document that publishes it. */
    private HorizontalLayout publishRow(ResultSetView r) {
        // the number of the document that publishes the list, printed on the official PDF
        TextField number = new TextField(getTranslation("results.documentNumber"));
        number.setId("document-number");
        number.setHelperText(getTranslation("results.documentNumber.hint"));
        number.setMaxLength(60);
        Button publish = new Button(getTranslation("results.publish"), e -> {
            // checked before the confirmation: the number is asked for next to its field
            String problem = vn.thituyen.common.FreeText.check(number.getValue(), 60);
            if (problem != null) {
                number.setErrorMessage(getTranslation(problem));
                number.setInvalid(true);
                return;
            }
            Confirm.ask("results.publish", "results.publish.confirm",
                    new Object[] {r.version(), r.lines().size(), winners(r)}, "results.publish", () -> {
                        Actions.attempt(() -> {
                            results.publish(r.id(), number.getValue());
                            Notices.success("results.published.detail", r.version(), r.lines().size(), winners(r));
                            refresh();
                        }, Map.of("documentNumber", number));
                    });
        });
        publish.setId("publish-results");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(number, publish);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void showTieForm(ResultSetView r) {
        // one decision per position, or per contested agency of a joint position
        Map<String, List<ResultLine>> byPosition = r.lines().stream().filter(l -> "TIE_PENDING".equals(l.outcome()))
                .collect(Collectors.groupingBy(l -> l.positionId() + "|" + (l.agency() == null ? "" : l.agency()),
                        java.util.LinkedHashMap::new, Collectors.toList()));
        byPosition.forEach((key, tied) -> {
            long positionId = tied.get(0).positionId();
            String agency = tied.get(0).agency();
            int quota = agency == null ? campaigns.position(positionId).quota() : jointAgencies.of(positionId).stream()
                    .filter(a -> a.name().equals(agency)).mapToInt(vn.thituyen.campaign.JointAgency::places)
                    .findFirst().orElse(0);
            long winners = r.lines().stream().filter(l -> l.positionId() == positionId && "WINNER".equals(l.outcome())
                    && java.util.Objects.equals(l.agency(), agency)).count();
            CheckboxGroup<ResultLine> choice = new CheckboxGroup<>();
            choice.setId("tie-choice");
            choice.setLabel(agency == null
                    ? getTranslation("results.tieChoose", quota - winners, tied.get(0).positionName())
                    : getTranslation("results.tieChooseAgency", quota - winners, agency, tied.get(0).positionName()));
            choice.setItems(tied);
            choice.setItemLabelGenerator(l -> l.candidateNumber() + " – " + l.fullName());
            TextField reason = new TextField(getTranslation("results.tieReason"));
            reason.setId("tie-reason");
            reason.setWidth("30em");
            Button decide = new Button(getTranslation("results.tieDecide"), e -> Actions.attempt(() -> {
                results.decideTie(r.id(), positionId,
                        choice.getValue().stream().map(ResultLine::applicationId).toList(), reason.getValue());
                Notices.success("results.tieDecidedDone", String.join(", ",
                        choice.getValue().stream().map(ResultLine::fullName).toList()));
                refresh();
            }, Map.of("reason", reason)));
            decide.setId("decide-tie");
            ties.add(new H3(getTranslation("results.tieTitle")), choice, reason, decide);
        });
    }

    /** Computing makes a new version of the list from the scores as they stand. */
    private Button computeButton(String key, int nextVersion) {
        return button(key, "compute-results", "results.compute.confirm", new Object[] {nextVersion}, () -> {
            if (results.published(campaign.id()).isPresent()) {
                results.computeAfterAppeals(campaign.id());   // a revision after appeals, computed again
            } else {
                results.compute(campaign.id());
            }
            ResultSetView made = results.latest(campaign.id()).orElseThrow();
            long pending = made.lines().stream().filter(l -> "TIE_PENDING".equals(l.outcome())).count();
            Notices.success("results.computed.detail", made.version(), winners(made), pending);
        });
    }

    /** The list on screen in Excel and, when another version is published, the published one too. */
    private void showDownloads(Optional<ResultSetView> latest) {
        downloads.removeAll();
        if (latest.isEmpty()) {
            return;
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        downloads.add(vn.thituyen.common.ui.Downloads.file("ket-qua-" + campaign.code() + "-v" + latest.get().version()
                + ".xlsx", xlsx, () -> lists.latestXlsx(campaign.id()), getTranslation("results.export.latest"),
                "export-results"));
        results.published(campaign.id()).filter(p -> p.id() != latest.get().id()).ifPresent(p -> downloads.add(
                vn.thituyen.common.ui.Downloads.file("ket-qua-cong-bo-" + campaign.code() + ".xlsx", xlsx,
                        () -> lists.publishedXlsx(campaign.id()), getTranslation("results.export.published"),
                        "export-published-results")));
    }

    private static long winners(ResultSetView r) {
        return r.lines().stream().filter(l -> "WINNER".equals(l.outcome())).count();
    }

    /** A step that cannot be undone: it asks first with what will happen, then says what was done. */
    private Button button(String key, String id, String confirmKey, Object[] params, Runnable action) {
        Button b = new Button(getTranslation(key), e -> Confirm.ask(key, confirmKey, params, key, () -> {
            Actions.attempt(() -> {
                action.run();
                refresh();
            });
        }));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.results");
    }
}
