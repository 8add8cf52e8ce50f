package vn.thituyen.grading.ui;

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
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.grading.WrittenMarkingService.MarkerRow;
import vn.thituyen.grading.domain.AutomaticZeroRule;
import vn.thituyen.grading.domain.AutomaticZeroRule.Reason;
import vn.thituyen.grading.domain.WrittenMarkRule.State;

/**
 * A marker's own scripts (chấm thi viết): the code they carry, never whose they are; a mark per question on the
 * marker's own sheet; the partner's mark only when the rule asks the two to confer; a report for an automatic zero.
 */
@Route(value = "marking", layout = MainLayout.class)
@RolesAllowed("GRADER")
public class MarkingView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MarkerRow> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final TextField questionMarks = new TextField();
    final ScoreField agreed = new ScoreField("", BigDecimal.valueOf(100), 2);
    final TextField reason = new TextField();
    final CheckboxGroup<Reason> zeroReasons = new CheckboxGroup<>();
    final TextField zeroNote = new TextField();
    private final transient WrittenMarkingService marking;
    private final transient vn.thituyen.grading.MarkingPapers papers;
    private final transient CampaignInfo campaign;

    public MarkingView(WrittenMarkingService marking, vn.thituyen.grading.MarkingPapers papers,
            CampaignService campaigns) {
        this.marking = marking;
        this.papers = papers;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        grid.setId("marking-grid");
        grid.addColumn(r -> r.appeal() ? r.code() + " – " + getTranslation("marking.appealScript") : r.code())
                .setHeader(getTranslation("marking.code")).setAutoWidth(true);
        grid.addColumn(r -> r.kind() == vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER
                ? getTranslation("marking.typedPages") : String.valueOf(r.pages()))
                .setHeader(getTranslation("marking.pages"));
        grid.addColumn(r -> numbers().score(r.maxScore())).setHeader(getTranslation("marking.max"));
        grid.addColumn(r -> numbers().score(r.myMark())).setHeader(getTranslation("marking.myMark"));
        grid.addColumn(r -> getTranslation("marking.state." + r.state())).setHeader(getTranslation("marking.state"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        questionMarks.setId("question-marks");
        questionMarks.setLabel(getTranslation("marking.questionMarks"));
        questionMarks.setHelperText(getTranslation("marking.questionMarks.help"));
        questionMarks.setWidth("24em");
        agreed.setId("agreed-mark");
        agreed.setLabel(getTranslation("marking.agreedMark"));
        reason.setId("confer-reason");
        reason.setLabel(getTranslation("marking.conferReason"));
        reason.setWidth("24em");
        zeroReasons.setId("zero-reasons");
        zeroReasons.setLabel(getTranslation("marking.zeroReasons"));
        zeroReasons.setItemLabelGenerator(r -> getTranslation("marking.zero." + r));
        zeroNote.setId("zero-note");
        zeroNote.setLabel(getTranslation("marking.zeroNote"));
        zeroNote.setWidth("24em");
        Paragraph blind = new Paragraph(getTranslation("marking.blind"));
        blind.setId("marking-blind");
        add(new H2(getTranslation("marking.title", campaign.name())), blind, grid,
                vn.thituyen.common.ui.Downloads.pdf("phieu-cham.pdf",
                        () -> papers.myMarkSheetPdf(campaign.id()).bytes(), getTranslation("marking.downloadMarkSheet"),
                        "mark-sheet-pdf"), detail);
        refresh();
    }

    private void refresh() {
        Actions.fetch(() -> marking.myScripts(campaign.id())).ifPresent(rows -> {
            grid.setItems(rows);
            grid.recalculateColumnWidths();
            detail.removeAll();
        });
    }

    private void showDetail(MarkerRow r) {
        detail.removeAll();
        if (r == null) {
            return;
        }
        boolean typed = r.kind() == vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER;
        detail.add(new H3(typed ? getTranslation("marking.typedScript", r.code())
                : getTranslation("marking.script", r.code(), r.pages())));
        if (typed) {
            Actions.fetch(() -> papers.typedScript(r.scriptId())).ifPresent(answers -> answers.forEach(a -> {
                com.vaadin.flow.component.html.Div question = new com.vaadin.flow.component.html.Div();
                question.setText(a.question());
                question.getStyle().set("white-space", "pre-wrap");
                com.vaadin.flow.component.html.Div answer = new com.vaadin.flow.component.html.Div();
                answer.setText(a.answer().isEmpty() ? getTranslation("marking.noAnswer") : a.answer());
                answer.setId("script-answer-" + a.questionNo());
                answer.addClassName("typed-answer");
                answer.getStyle().set("white-space", "pre-wrap").set("border", "1px solid var(--lumo-contrast-20pct)")
                        .set("padding", "var(--lumo-space-s)").set("max-width", "48em");
                detail.add(new com.vaadin.flow.component.html.H4(getTranslation("marking.typedQuestion",
                        a.questionNo(), new vn.thituyen.common.Numbers(getLocale()).score(a.points()))), question,
                        answer);
            }));
        }
        if (r.scanned()) {
            detail.add(vn.thituyen.common.ui.Downloads.pdf("bai-" + r.code() + ".pdf", () -> papers.scan(r.scriptId()),
                    getTranslation("marking.viewScan"), "script-scan"));
        }
        boolean markable = r.markerNo() == 3 ? r.state() == State.THIRD_MARK_REQUIRED && r.myMark() == null
                : r.state() == State.AWAITING_MARKS;
        if (markable) {
            questionMarks.setValue(r.myQuestionMarks() == null ? "" : r.myQuestionMarks().replace(";", "; "));
            questionMarks.setInvalid(false);
            Button save = new Button(getTranslation("marking.save"), e -> save(r));
            save.setId("save-marks");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(vn.thituyen.common.ui.Rows.of(questionMarks, save));
        } else if (r.state() == State.CONFER_REQUIRED && r.markerNo() != 3) {
            detail.add(conference(r));
        } else {
            detail.add(new Paragraph(getTranslation("marking.state." + r.state())));
        }
        if (!r.zeroReported() && r.state() != State.FINAL) {
            detail.add(zeroReport(r));
        }
    }

    /** "20; 15,5; 30" → 20, 15.5, 30 (a comma or a point for decimals). */
    static List<BigDecimal> parse(String text) {
        List<BigDecimal> out = new ArrayList<>();
        for (String part : Arrays.stream(text == null ? new String[0] : text.split(";")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList()) {
            out.add(new BigDecimal(part.replace(',', '.')));
        }
        return out;
    }

    private void save(MarkerRow r) {
        List<BigDecimal> marks;
        try {
            marks = parse(questionMarks.getValue());
        } catch (NumberFormatException notANumber) {
            Notices.showFieldErrors(new FieldErrors(Map.of("marks", "error.marking.markRange")),
                    Map.of("marks", questionMarks));
            return;
        }
        Actions.attempt(() -> {
            BigDecimal total = marking.enterMarks(r.scriptId(), marks);
            Notices.success("marking.saved", r.code(), numbers().score(total));
            refresh();
        }, Map.of("marks", questionMarks));
    }

    private VerticalLayout conference(MarkerRow r) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Paragraph both = new Paragraph(getTranslation("marking.confer", numbers().score(r.myMark()),
                numbers().score(r.partnerMark())));
        both.setId("confer-marks");
        agreed.clear();
        reason.clear();
        Button agree = new Button(getTranslation("marking.agree"), e -> agreed.score().ifPresent(v -> Actions.attempt(
                () -> {
                    marking.recordConference(r.scriptId(), v, reason.getValue());
                    Notices.success("marking.conferred", r.code());
                    refresh();
                }, Map.of("agreed", agreed, "reason", reason))));
        agree.setId("agree");
        agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cannot = new Button(getTranslation("marking.cannotAgree"), e -> Actions.attempt(() -> {
            marking.recordConference(r.scriptId(), null, reason.getValue());
            Notices.success("marking.toHead", r.code());
            refresh();
        }, Map.of("reason", reason)));
        cannot.setId("cannot-agree");
        box.add(both, vn.thituyen.common.ui.Rows.of(agreed, reason, agree, cannot));
        return box;
    }

    private HorizontalLayout zeroReport(MarkerRow r) {
        zeroReasons.setItems(Arrays.stream(Reason.values()).filter(x -> AutomaticZeroRule.applies(x, r.kind()))
                .toList());
        zeroReasons.clear();
        zeroNote.clear();
        Button report = new Button(getTranslation("marking.reportZero"), e -> Actions.attempt(() -> {
            marking.reportZero(r.scriptId(), zeroReasons.getValue(), zeroNote.getValue());
            Notices.success("marking.zeroReported", r.code());
            refresh();
        }, Map.of("reasons", zeroReasons, "note", zeroNote)));
        report.setId("report-zero");
        report.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return vn.thituyen.common.ui.Rows.of(zeroReasons, zeroNote, report);
    }

    private Numbers numbers() {
        return new Numbers(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.marking");
    }
}
