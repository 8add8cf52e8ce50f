package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.delivery.TypedWriting;
import vn.thituyen.delivery.TypedWriting.PaperInfo;
import vn.thituyen.delivery.TypedWriting.QuestionInfo;
import vn.thituyen.delivery.domain.TypedPaper;
import vn.thituyen.delivery.domain.TypedPaperRule;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;

/**
 * Written parts typed on computer, for the board: the question board or the chair sets each paper (questions and
 * points adding up to the part's maximum); the secretary opens it on the day and closes it once every script is in,
 * which codes the scripts for blind marking at once.
 */
@Route(value = "written-papers", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "CHAIR", "AUTHOR"})
public class TypedPapersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PaperInfo> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final List<TextArea> texts = new ArrayList<>();
    final List<ScoreField> points = new ArrayList<>();
    private final transient TypedWriting typed;
    private final transient CampaignInfo campaign;
    private final boolean composes;
    private final boolean secretary;

    public TypedPapersView(TypedWriting typed, CampaignService campaigns, CurrentUser currentUser) {
        this.typed = typed;
        this.composes = currentUser.hasRole(Role.AUTHOR) || currentUser.hasRole(Role.CHAIR);
        this.secretary = currentUser.hasRole(Role.SECRETARY);
        add(new H2(getTranslation("typed.papers.title")));
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        if (campaign == null) {
            return;
        }
        Numbers n = new Numbers(getLocale());
        grid.setId("typed-papers-grid");
        grid.addColumn(p -> p.positionCode() + " – " + p.positionName()).setHeader(getTranslation("typed.position"))
                .setAutoWidth(true);
        grid.addColumn(PaperInfo::partNo).setHeader(getTranslation("typed.part")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("typed.minutesScore", p.minutes(), n.score(p.maxScore())))
                .setHeader(getTranslation("typed.duration")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("typed.paperStatus." + (p.status() == null ? "NONE" : p.status())))
                .setHeader(getTranslation("typed.status")).setAutoWidth(true);
        grid.addColumn(PaperInfo::questions).setHeader(getTranslation("typed.questions")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("typed.progress", p.started(), p.handedIn()))
                .setHeader(getTranslation("typed.scripts")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        detail.setPadding(false);
        detail.setId("typed-paper-detail");
        Paragraph rule = new Paragraph(getTranslation("typed.papers.rule"));
        add(rule, grid, detail);
        refresh(null);
    }

    private void refresh(PaperInfo keep) {
        Actions.fetch(() -> typed.papers(campaign.id())).ifPresent(rows -> {
            grid.setItems(rows);
            detail.removeAll();
            if (keep != null) {
                rows.stream().filter(r -> r.positionId() == keep.positionId() && r.partNo() == keep.partNo())
                        .findFirst().ifPresent(grid::select);
            }
        });
    }

    private void showDetail(PaperInfo p) {
        detail.removeAll();
        texts.clear();
        points.clear();
        if (p == null) {
            return;
        }
        detail.add(new H3(getTranslation("typed.paperOf", p.partNo(), p.positionCode(), p.positionName())));
        boolean draft = p.status() == null || p.status() == TypedPaper.Status.DRAFT;
        if (composes && draft) {
            editor(p);
        }
        if (secretary && p.status() == TypedPaper.Status.DRAFT) {
            Button open = new Button(getTranslation("typed.open"), e -> Confirm.ask("typed.open.title",
                    "typed.open.confirm", new Object[] {p.partNo(), p.positionName(), p.minutes()}, "typed.open.button",
                    () -> Actions.run(() -> typed.open(p.positionId(), p.partNo()), "typed.opened", Map.of(),
                            () -> refresh(p))));
            open.setId("open-typed");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(open);
        }
        if (secretary && p.status() == TypedPaper.Status.OPEN) {
            Button close = new Button(getTranslation("typed.close"), e -> Confirm.ask("typed.close.title",
                    "typed.close.confirm", new Object[] {p.partNo(), p.started()}, "typed.close.button",
                    () -> Actions.run(() -> typed.close(p.positionId(), p.partNo()), "typed.closed", Map.of(),
                            () -> refresh(p))));
            close.setId("close-typed");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(close);
        }
        if (p.status() == TypedPaper.Status.CLOSED) {
            detail.add(new Paragraph(getTranslation("typed.closedNote")));
        }
    }

    /** The question board's form: a text and its points per question; the points add up to the part's maximum. */
    private void editor(PaperInfo p) {
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        List<QuestionInfo> existing = Actions.fetch(() -> typed.questions(p.positionId(), p.partNo()))
                .orElse(List.of());
        if (existing.isEmpty()) {
            addQuestion(rows, p, null);
        }
        existing.forEach(q -> addQuestion(rows, p, q));
        Button more = new Button(getTranslation("typed.addQuestion"), e -> addQuestion(rows, p, null));
        more.setId("add-question");
        Button save = new Button(getTranslation("typed.savePaper"), e -> save(p));
        save.setId("save-paper");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(new Paragraph(getTranslation("typed.editorRule", new Numbers(getLocale()).score(p.maxScore()))),
                rows, Rows.of(more, save));
    }

    private void addQuestion(VerticalLayout rows, PaperInfo p, QuestionInfo q) {
        if (texts.size() >= TypedPaperRule.MAX_QUESTIONS) {
            return;
        }
        int no = texts.size() + 1;
        TextArea text = new TextArea(getTranslation("typed.questionText", no));
        text.setId("question-" + no + "-text");
        text.setWidth("min(100%, 48em)");
        text.setMaxLength(TypedPaperRule.MAX_TEXT);
        ScoreField score = new ScoreField(getTranslation("typed.questionPoints"), p.maxScore(), 2);
        score.setId("question-" + no + "-points");
        if (q != null) {
            text.setValue(q.text());
            score.setScore(q.points());
        }
        texts.add(text);
        points.add(score);
        rows.add(Rows.of(text, score));
    }

    private void save(PaperInfo p) {
        List<TypedWriting.PaperQuestion> paper = new ArrayList<>();
        Map<String, HasValidation> fields = new HashMap<>();
        boolean scoresOk = true;
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).getValue().isBlank() && points.get(i).getValue().isBlank() && texts.size() > 1) {
                continue;   // an empty row added by mistake is left out
            }
            BigDecimal score = points.get(i).getValue().isBlank() ? null : points.get(i).score().orElse(null);
            scoresOk &= score != null || points.get(i).getValue().isBlank();
            int no = paper.size() + 1;
            fields.put("question-" + no + "-text", texts.get(i));
            fields.put("question-" + no + "-points", points.get(i));
            paper.add(new TypedWriting.PaperQuestion(texts.get(i).getValue(), score));
        }
        if (!scoresOk) {
            return;
        }
        if (!points.isEmpty()) {
            fields.put("total", points.get(points.size() - 1));
        }
        Actions.run(() -> typed.setPaper(p.positionId(), p.partNo(), paper), "typed.paperSaved", fields,
                () -> refresh(p));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("typed.papers.title");
    }
}
