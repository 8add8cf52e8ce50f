package vn.thituyen.analysis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.analysis.ItemAnalysisService;
import vn.thituyen.analysis.ItemAnalysisService.Analysis;
import vn.thituyen.analysis.ItemAnalysisService.CampaignChoice;
import vn.thituyen.analysis.ItemAnalysisService.PartChoice;
import vn.thituyen.analysis.ItemAnalysisService.Scope;
import vn.thituyen.analysis.ItemAnalysisService.SittingChoice;
import vn.thituyen.analysis.KeyCorrectionService;
import vn.thituyen.analysis.KeyCorrectionService.CorrectionInfo;
import vn.thituyen.analysis.KeyCorrectionService.Report;
import vn.thituyen.analysis.KeyCorrectionService.Row;
import vn.thituyen.analysis.ReportFile;
import vn.thituyen.analysis.domain.ItemAnalysis;
import vn.thituyen.analysis.domain.ItemAnalysis.ItemStats;
import vn.thituyen.analysis.domain.ItemAnalysis.OptionStats;
import vn.thituyen.analysis.domain.ItemAnalysis.PartStats;
import vn.thituyen.analysis.ItemAnalysisReport;
import vn.thituyen.analysis.ScoreDistributionChart;
import vn.thituyen.analysis.domain.KeyCorrectionProposal;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;

/**
 * Item analysis (phân tích câu hỏi thi) for the question board and the chair: pick a campaign with finished parts,
 * a part (and its bank, one per language for foreign languages) and optionally one sitting; see the part's
 * statistics and score distribution, every question's facility, discrimination, option shares and review flags,
 * download the analysis as Excel or PDF, and correct a wrong key: propose (board), compare before and after, approve
 * or reject (chair).
 */
@Route(value = "item-analysis", layout = MainLayout.class)
@RolesAllowed({"AUTHOR", "CHAIR"})
public class ItemAnalysisView extends VerticalLayout implements HasDynamicTitle {

    final Select<CampaignChoice> campaign = new Select<>();
    final Select<PartChoice> part = new Select<>();
    final Select<SittingChoice> sitting = new Select<>();
    final Paragraph empty = new Paragraph();
    final Div stats = new Div();
    final Image chart = new Image();
    final HorizontalLayout downloads = new HorizontalLayout();
    final Checkbox onlyFlagged = new Checkbox();
    final Span flaggedCount = new Span();
    final Grid<ItemStats> questions = new Grid<>();
    final Button propose = new Button();
    final Grid<CorrectionInfo> corrections = new Grid<>();
    final VerticalLayout correctionPanel = new VerticalLayout();
    final Grid<Row> beforeAfter = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button approve = new Button();
    final TextField rejectReason = new TextField();
    final Button reject = new Button();

    private final transient ItemAnalysisService analyses;
    private final transient KeyCorrectionService keyCorrections;
    private final boolean chair;
    private final String username;
    private final VerticalLayout content = new VerticalLayout();
    private transient Analysis analysis;
    private transient CorrectionInfo selectedCorrection;
    private boolean loading;

    public ItemAnalysisView(ItemAnalysisService analyses, KeyCorrectionService keyCorrections,
            CurrentUser currentUser, vn.thituyen.campaign.CampaignService campaignService) {
        this.analyses = analyses;
        this.keyCorrections = keyCorrections;
        this.chair = currentUser.hasRole(Role.CHAIR);
        this.username = currentUser.username();
        setSizeFull();
        add(new H2(getTranslation("itemAnalysis.title")), new Paragraph(getTranslation("itemAnalysis.hint")));

        campaign.setId("analysis-campaign");
        campaign.setLabel(getTranslation("analysis.campaign"));
        campaign.setItemLabelGenerator(c -> c == null ? "" : c.code() + " – " + c.name());
        campaign.setWidth("32em");
        part.setId("analysis-part");
        part.setLabel(getTranslation("analysis.part"));
        part.setItemLabelGenerator(p -> p == null ? "" : ItemAnalysisService.partName(p, null, getLocale()));
        part.setWidth("26em");
        sitting.setId("analysis-sitting");
        sitting.setLabel(getTranslation("itemAnalysis.sitting"));
        sitting.setEmptySelectionAllowed(true);
        sitting.setEmptySelectionCaption(getTranslation("itemAnalysis.allSittings"));
        sitting.setItemLabelGenerator(s -> s == null ? getTranslation("itemAnalysis.allSittings")
                : getTranslation("itemAnalysis.sittingLabel", s.roomName(), s.candidates()));
        HorizontalLayout pickers = new HorizontalLayout(campaign, part, sitting);
        pickers.setAlignItems(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        empty.setId("analysis-empty");
        empty.setVisible(false);
        add(pickers, empty, content);
        content.setPadding(false);
        content.setSizeFull();
        buildContent();

        campaign.addValueChangeListener(e -> {
            if (!loading) {
                campaignChosen(e.getValue());
            }
        });
        part.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });
        sitting.addValueChangeListener(e -> {
            if (!loading) {
                refresh();
            }
        });

        List<CampaignChoice> campaigns = analyses.campaigns();
        if (campaigns.isEmpty()) {
            empty.setText(getTranslation("itemAnalysis.noData"));
            empty.setVisible(true);
            content.setVisible(false);
            return;
        }
        // the campaign chosen in the picker when it has finished parts, otherwise the newest that has
        CampaignChoice first = campaignService.chosen().flatMap(chosen -> campaigns.stream()
                .filter(c -> c.id() == chosen.id()).findFirst()).orElse(campaigns.get(0));
        loading = true;
        campaign.setItems(campaigns);
        campaign.setValue(first);
        loading = false;
        campaignChosen(first);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("itemAnalysis.title");
    }

    // ---------------------------------------------------------------- layout

    private void buildContent() {
        stats.setId("analysis-stats");
        stats.addClassName("analysis-stats");
        chart.setId("analysis-chart");
        chart.setAlt(getTranslation("analysis.chart.title"));
        chart.setWidth("640px");
        HorizontalLayout top = new HorizontalLayout(stats, chart);
        top.setWrap(true);
        downloads.setId("analysis-downloads");
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);

        onlyFlagged.setId("analysis-only-flagged");
        onlyFlagged.setLabel(getTranslation("itemAnalysis.onlyFlagged"));
        onlyFlagged.addValueChangeListener(e -> showQuestions());
        flaggedCount.setId("analysis-flagged-count");
        propose.setText(getTranslation("keyfix.propose"));
        propose.setId("keyfix-propose");
        propose.setEnabled(false);
        propose.addClickListener(e -> openProposal());
        HorizontalLayout tools = new HorizontalLayout(onlyFlagged, flaggedCount, propose);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        questions.setId("analysis-questions");
        questions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        questions.setPartNameGenerator(i -> i.flags().isEmpty() ? null : "flagged");
        questions.setHeight("28em");
        questions.setMultiSort(true);
        questions.asSingleSelect().addValueChangeListener(e -> propose.setEnabled(e.getValue() != null));

        correctionsGrid();
        beforeAfterGrid();
        correctionActions();

        content.add(top, downloads, new H3(getTranslation("itemAnalysis.questions")), tools, questions,
                new H3(getTranslation("keyfix.title")), new Paragraph(getTranslation("keyfix.hint")), corrections,
                correctionPanel);
    }

    /** The key corrections proposed so far, newest first. */
    private void correctionsGrid() {
        corrections.setId("keyfix-corrections");
        corrections.addThemeVariants(GridVariant.LUMO_COMPACT);
        corrections.addColumn(c -> "#" + c.id()).setHeader(getTranslation("keyfix.number")).setAutoWidth(true)
                .setFlexGrow(0);
        corrections.addColumn(CorrectionInfo::questionLabel).setHeader(getTranslation("keyfix.question"))
                .setFlexGrow(1);
        corrections.addColumn(c -> c.oldKey() + " → " + c.newKey()).setHeader(getTranslation("keyfix.keys"))
                .setAutoWidth(true).setFlexGrow(0);
        corrections.addColumn(c -> getTranslation("keyfix.status." + c.status()))
                .setHeader(getTranslation("keyfix.status")).setAutoWidth(true).setFlexGrow(0);
        corrections.addColumn(c -> c.proposedBy() + " " + when(c.proposedAt()))
                .setHeader(getTranslation("keyfix.proposedBy")).setAutoWidth(true).setFlexGrow(0);
        corrections.addColumn(c -> c.decidedBy() == null ? "" : c.decidedBy() + " " + when(c.decidedAt()))
                .setHeader(getTranslation("keyfix.decidedBy")).setAutoWidth(true).setFlexGrow(0);
        corrections.addColumn(c -> c.status() == KeyCorrectionProposal.Status.APPROVED ? c.partsRescored() : "")
                .setHeader(getTranslation("keyfix.partsRescored")).setAutoWidth(true).setFlexGrow(0);
        corrections.setAllRowsVisible(true);
        corrections.asSingleSelect().addValueChangeListener(e -> showCorrection(e.getValue()));
    }

    /** What the selected correction does to each candidate whose paper holds the question. */
    private void beforeAfterGrid() {
        beforeAfter.setId("keyfix-rows");
        beforeAfter.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        beforeAfter.addColumn(Row::campaignCode).setHeader(getTranslation("keyfix.col.campaign")).setAutoWidth(true);
        beforeAfter.addColumn(r -> r.candidateNumber() + (r.cancelled() ? " (" + getTranslation("keyfix.cancelled")
                + ")" : "")).setHeader(getTranslation("keyfix.col.candidate")).setAutoWidth(true)
                .setComparator(Row::candidateNumber);
        beforeAfter.addColumn(r -> r.chosen().isEmpty() ? "–" : r.chosen())
                .setHeader(getTranslation("keyfix.col.chosen")).setAutoWidth(true).setComparator(Row::chosen);
        beforeAfter.addColumn(r -> r.scoreBefore() + "/" + r.questionCount())
                .setHeader(getTranslation("keyfix.col.scoreBefore")).setAutoWidth(true)
                .setComparator(Row::scoreBefore);
        beforeAfter.addColumn(r -> r.scoreAfter() + "/" + r.questionCount())
                .setHeader(getTranslation("keyfix.col.scoreAfter")).setAutoWidth(true)
                .setComparator(Row::scoreAfter);
        beforeAfter.addColumn(r -> getTranslation(r.passedBefore() ? "keyfix.pass" : "keyfix.fail"))
                .setHeader(getTranslation("keyfix.col.passBefore")).setAutoWidth(true);
        beforeAfter.addColumn(r -> getTranslation(r.passedAfter() ? "keyfix.pass" : "keyfix.fail"))
                .setHeader(getTranslation("keyfix.col.passAfter")).setAutoWidth(true);
        beforeAfter.setPartNameGenerator(r -> r.passChanged() ? "flagged" : r.changed() ? "changed" : null);
        beforeAfter.setHeight("20em");
    }

    /** The chair's approval, and the rejection with its reason. */
    private void correctionActions() {
        summary.setId("keyfix-summary");
        approve.setText(getTranslation("keyfix.approve"));
        approve.setId("keyfix-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> confirmApproval());
        rejectReason.setId("keyfix-reject-reason");
        rejectReason.setLabel(getTranslation("keyfix.rejectReason"));
        rejectReason.setWidth("24em");
        rejectReason.setMaxLength(1000);
        reject.setText(getTranslation("keyfix.reject"));
        reject.setId("keyfix-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> rejectSelected());
        correctionPanel.setId("keyfix-panel");
        correctionPanel.setPadding(false);
        correctionPanel.setVisible(false);
    }

    // ---------------------------------------------------------------- analysis

    private void campaignChosen(CampaignChoice chosen) {
        if (chosen == null) {
            return;
        }
        loading = true;
        try {
            List<PartChoice> parts = analyses.parts(chosen.id());
            part.setItems(parts);
            part.setValue(parts.isEmpty() ? null : parts.get(0));
            sitting.setItems(analyses.sittings(chosen.id()));
            sitting.setValue(null);
        } finally {
            loading = false;
        }
        refresh();
    }

    /** Analyses the chosen part again (after a choice or an approved correction) and redraws everything. */
    void refresh() {
        CampaignChoice c = campaign.getValue();
        PartChoice p = part.getValue();
        if (c == null || p == null) {
            return;
        }
        Scope scope = new Scope(c.id(), p.partNo(), p.bankId(), sitting.getValue() == null ? null
                : sitting.getValue().sittingId());
        java.util.Optional<ItemAnalysisService.Analysis> read = Actions.fetch(() -> analyses.analyse(scope));
        if (read.isEmpty()) {
            return;
        }
        analysis = read.get();
        String partName = ItemAnalysisService.partName(analysis.part(),
                sitting.getValue() == null ? null : sitting.getValue().roomName(), getLocale());
        showStats(analysis.result().part(), partName);
        showDownloads(scope);
        buildQuestionColumns();
        showQuestions();
        showCorrections(null);
    }

    private void showStats(PartStats s, String partName) {
        Numbers num = new Numbers(getLocale());
        stats.removeAll();
        stats.add(new H3(partName));
        stat("stat-candidates", "analysis.stat.candidates", String.valueOf(s.candidates()));
        stat("stat-items", "analysis.stat.itemsPerPaper", String.valueOf(s.itemsPerPaper()));
        stat("stat-mean", "analysis.stat.mean", num.decimal(s.mean()));
        stat("stat-sd", "analysis.stat.sd", num.decimal(s.standardDeviation()));
        stat("stat-min", "analysis.stat.min", s.min() == null ? "–" : s.min().toString());
        stat("stat-max", "analysis.stat.max", s.max() == null ? "–" : s.max().toString());
        stat("stat-kr20", "analysis.stat.kr20", num.decimal(s.kr20()));
        stat("stat-group", "analysis.stat.groupSize", String.valueOf(s.groupSize()));
        byte[] png = ScoreDistributionChart.png(s, partName, translator(), 800, 380);
        StreamResource image = new StreamResource("phan-bo-diem.png", () -> new ByteArrayInputStream(png));
        image.setContentType("image/png");
        chart.setSrc(image);
    }

    private void stat(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        Span shown = new Span(value);
        shown.setId(id);
        shown.getStyle().set("font-weight", "600");
        Div line = new Div(label, shown);
        stats.add(line);
    }

    private void showDownloads(Scope scope) {
        Locale locale = getLocale();
        downloads.removeAll();
        downloads.add(download("analysis-xlsx", "itemAnalysis.downloadXlsx",
                ItemAnalysisService.fileName(analysis, "xlsx"), () -> analyses.xlsx(scope, locale)),
                download("analysis-pdf", "itemAnalysis.downloadPdf", ItemAnalysisService.fileName(analysis, "pdf"),
                        () -> analyses.pdf(scope, locale)));
    }

    /**
     * A link whose file is made only when the user clicks it, so that each export is recorded when it happens (in
     * the download request, signed in as the user).
     */
    private Anchor download(String id, String labelKey, String fileName, Supplier<ReportFile> file) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(file.get().data()));
        Anchor link = new Anchor(resource, getTranslation(labelKey));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        return link;
    }

    private void buildQuestionColumns() {
        questions.removeAllColumns();
        Numbers num = new Numbers(getLocale());
        questions.addColumn(i -> i.questionId()).setHeader(getTranslation("analysis.col.id")).setAutoWidth(true)
                .setFlexGrow(0).setComparator(ItemStats::questionId);
        questions.addColumn(ItemStats::label).setHeader(getTranslation("analysis.col.question")).setWidth("22em")
                .setFlexGrow(1).setComparator(ItemStats::label);
        questions.addColumn(i -> String.join(", ", i.key().stream().map(ItemAnalysis::letter).toList()))
                .setHeader(getTranslation("analysis.col.key")).setAutoWidth(true).setFlexGrow(0);
        questions.addColumn(ItemStats::exposures).setHeader(getTranslation("analysis.col.exposures"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(ItemStats::exposures);
        questions.addColumn(i -> num.decimal(i.facility())).setHeader(getTranslation("analysis.col.facility"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(nullsLast(ItemStats::facility));
        questions.addColumn(i -> num.decimal(i.discrimination()))
                .setHeader(getTranslation("analysis.col.discrimination")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setComparator(nullsLast(ItemStats::discrimination));
        int options = analysis.result().items().stream().mapToInt(i -> i.options().size()).max().orElse(0);
        for (int o = 0; o < options; o++) {
            int index = o;
            questions.addColumn(i -> optionText(i, index, num)).setHeader(ItemAnalysis.letter(index))
                    .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                    .setComparator(nullsLast(i -> index < i.options().size() ? i.options().get(index).share() : null));
        }
        questions.addColumn(i -> num.percent(i.omittedShare())).setHeader(getTranslation("analysis.col.omitted"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(nullsLast(ItemStats::omittedShare));
        questions.addColumn(i -> i.flags().isEmpty() ? ""
                : "⚠ " + String.join("; ", ItemAnalysisReport.flagTexts(i, translator())))
                .setHeader(getTranslation("analysis.col.flags")).setWidth("22em").setFlexGrow(1)
                .setComparator(Comparator.comparingInt((ItemStats i) -> i.flags().isEmpty() ? Integer.MAX_VALUE
                        : i.flags().iterator().next().ordinal()));
    }

    /** "42%", with "✓" on the options in the key. */
    private static String optionText(ItemStats item, int index, Numbers num) {
        if (index >= item.options().size()) {
            return "";
        }
        OptionStats o = item.options().get(index);
        return num.percent(o.share()) + (o.correct() ? " ✓" : "");
    }

    /** The questions, the flagged ones first (most telling flag first), then by facility, hardest first. */
    private void showQuestions() {
        if (analysis == null) {
            return;
        }
        List<ItemStats> shown = new ArrayList<>(analysis.result().items().stream()
                .filter(i -> !onlyFlagged.getValue() || !i.flags().isEmpty()).toList());
        shown.sort(Comparator.comparingInt((ItemStats i) -> i.flags().isEmpty() ? Integer.MAX_VALUE
                : i.flags().iterator().next().ordinal())
                .thenComparing(ItemStats::facility, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(ItemStats::questionId));
        questions.setItems(shown);
        long flagged = analysis.result().items().stream().filter(i -> !i.flags().isEmpty()).count();
        flaggedCount.setText(getTranslation("itemAnalysis.flaggedCount", flagged, analysis.result().items().size()));
        propose.setEnabled(false);
    }

    // ---------------------------------------------------------------- key corrections

    private void openProposal() {
        ItemStats item = questions.asSingleSelect().getValue();
        if (item == null || analysis == null) {
            return;
        }
        var question = analysis.questions().get(item.questionId());
        KeyCorrectionDialog dialog = new KeyCorrectionDialog(question, (newKey, reason) -> {
            long id = keyCorrections.propose(question.id(), newKey, reason);
            Notices.success("keyfix.proposed", id);
            showCorrections(id);
        });
        dialog.open();
    }

    /** The corrections of the part's bank; selects {@code selectId} when given. */
    private void showCorrections(Long selectId) {
        long bankId = analysis.part().bankId();
        List<CorrectionInfo> list = keyCorrections.corrections().stream().filter(c -> c.bankId() == bankId).toList();
        corrections.setItems(list);
        CorrectionInfo select = selectId == null ? null
                : list.stream().filter(c -> c.id() == selectId).findFirst().orElse(null);
        if (select != null) {
            corrections.select(select);
        } else {
            corrections.deselectAll();
            showCorrection(null);
        }
    }

    private void showCorrection(CorrectionInfo c) {
        selectedCorrection = c;
        correctionPanel.removeAll();
        correctionPanel.setVisible(c != null);
        if (c == null) {
            return;
        }
        java.util.Optional<Report> read = Actions.fetch(() -> keyCorrections.report(c.id()));
        if (read.isEmpty()) {
            return;
        }
        Report report = read.get();
        beforeAfter.setItems(report.rows());
        summary.setText(getTranslation("keyfix.summaryLine", report.rows().size(), report.raised(),
                report.lowered(), report.nowPassing(), report.nowFailing()));
        Paragraph what = new Paragraph(getTranslation("keyfix.detail", c.id(), c.questionLabel(), c.oldKey(),
                c.newKey(), c.reason()));
        what.setId("keyfix-detail");
        Locale locale = getLocale();
        Anchor pdf = download("keyfix-pdf", "keyfix.downloadPdf", KeyCorrectionService.fileName(c.id()),
                () -> keyCorrections.reportPdf(c.id(), locale));
        boolean open = c.status() == KeyCorrectionProposal.Status.PROPOSED;
        approve.setVisible(chair && open);
        approve.setEnabled(!username.equals(c.proposedBy()));
        approve.setTooltipText(username.equals(c.proposedBy()) ? getTranslation("error.keyfix.ownProposal") : null);
        boolean mayReject = open && (chair || username.equals(c.proposedBy()));
        rejectReason.setVisible(mayReject);
        rejectReason.clear();
        rejectReason.setInvalid(false);
        reject.setVisible(mayReject);
        HorizontalLayout actions = new HorizontalLayout(approve, rejectReason, reject, pdf);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        correctionPanel.add(new H3(getTranslation("keyfix.beforeAfter")), what, summary, beforeAfter, actions);
    }

    private void confirmApproval() {
        CorrectionInfo c = selectedCorrection;
        if (c == null) {
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("keyfix.approve"));
        Paragraph text = new Paragraph(getTranslation("keyfix.confirmApprove", c.id(), c.oldKey(), c.newKey())
                + " " + summary.getText());
        Button ok = new Button(getTranslation("keyfix.approve"), e -> {
            confirm.close();
            Actions.attempt(() -> {
                KeyCorrectionService.Approval done = keyCorrections.approve(c.id());
                Notices.success("keyfix.approved", done.partsRescored(), done.passChanged());
                long id = c.id();
                refresh();
                showCorrections(id);
            });
        });
        ok.setId("keyfix-confirm-approve");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> confirm.close());
        confirm.add(text);
        confirm.getFooter().add(cancel, ok);
        confirm.open();
    }

    private void rejectSelected() {
        CorrectionInfo c = selectedCorrection;
        if (c == null) {
            return;
        }
        Actions.attempt(() -> {
            keyCorrections.reject(c.id(), rejectReason.getValue());
            Notices.success("keyfix.rejected", c.id());
            showCorrections(c.id());
        }, Map.of("reason", rejectReason));
    }

    // ---------------------------------------------------------------- helpers

    private Function<String, String> translator() {
        return key -> getTranslation(key);
    }

    private static String when(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(at.atZone(ClockConfiguration.ZONE));
    }

    private static <T> Comparator<T> nullsLast(Function<T, Double> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
