package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.questionbank.BlueprintService;
import vn.thituyen.questionbank.BlueprintService.Coverage;
import vn.thituyen.questionbank.BlueprintService.RowCoverage;
import vn.thituyen.questionbank.BlueprintService.RowSpec;
import vn.thituyen.questionbank.BlueprintService.SampleQuestion;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.Subject;

/**
 * The blueprint of each round-1 part (ma trận đề): how many questions from which topic and difficulty, and
 * whether the approved pool covers every row at least 3 times over (TT 6/2020/TT-BNV Art. 19).
 */
@Route(value = "blueprints", layout = MainLayout.class)
@RolesAllowed({"AUTHOR", "CHAIR", "SECRETARY"})
public class BlueprintView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<RuleSet.Round1Part> part = new ComboBox<>();
    final ComboBox<BankInfo> bank = new ComboBox<>();
    final Grid<RowCoverage> rows = new Grid<>();
    final Paragraph verdict = new Paragraph();
    final ComboBox<TopicInfo> topic = new ComboBox<>();
    final ComboBox<Difficulty> difficulty = new ComboBox<>();
    final IntegerField count = new IntegerField();

    private final BlueprintService blueprints;
    private final QuestionBankService banks;
    private final boolean board;
    private CampaignInfo campaign;
    private final List<RowSpec> editing = new ArrayList<>();

    public BlueprintView(BlueprintService blueprints, QuestionBankService banks, CampaignService campaigns,
            CurrentUser currentUser) {
        this.blueprints = blueprints;
        this.banks = banks;
        this.board = currentUser.hasRole(Role.AUTHOR) || currentUser.hasRole(Role.CHAIR);
        add(new H2(getTranslation("menu.blueprints")), new Paragraph(getTranslation("blueprint.hint")));
        campaign = CampaignPicker.placeOn(this, campaigns);
        if (campaign == null) {
            return;
        }
        buildPicker();
        buildRows();
        HorizontalLayout editor = buildEditor();
        Button sample = new Button(getTranslation("blueprint.sample"), e -> showSample());
        sample.setId("bp-sample");
        sample.setVisible(board);
        HorizontalLayout pick = new HorizontalLayout(part, bank);
        add(pick, rows, verdict, editor, sample);
        if (!campaign.ruleSet().round1Parts().isEmpty()) {
            part.setValue(campaign.ruleSet().round1Parts().get(0));
        }
    }

    /** the part of the exam and the bank it draws from */
    private void buildPicker() {
        part.setLabel(getTranslation("blueprint.part"));
        part.setItems(campaign.ruleSet().round1Parts());
        part.setItemLabelGenerator(p -> getTranslation("blueprint.partLabel", p.number(),
                getTranslation("subject." + p.subject()), p.questionCount()));
        part.setId("bp-part");
        bank.setLabel(getTranslation("blueprint.bank"));
        bank.setItemLabelGenerator(b -> b.code() + " – " + b.name());
        bank.setId("bp-bank");
        part.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Subject s = e.getValue().subject() == RuleSet.Subject.GENERAL_KNOWLEDGE ? Subject.GENERAL_KNOWLEDGE
                        : Subject.FOREIGN_LANGUAGE;
                List<BankInfo> fitting = banks.banks().stream().filter(b -> b.subject() == s).toList();
                bank.setItems(fitting);
                bank.setValue(fitting.isEmpty() ? null : fitting.get(0));
            }
        });
        bank.addValueChangeListener(e -> load());
    }

    /** the blueprint's rows with their coverage */
    private void buildRows() {
        rows.setId("bp-rows");
        rows.addColumn(RowCoverage::index).setHeader("#").setWidth("60px").setFlexGrow(0);
        rows.addColumn(r -> r.topicPath() == null ? getTranslation("blueprint.anyTopic") : r.topicPath())
                .setHeader(getTranslation("question.topic")).setAutoWidth(true);
        rows.addColumn(r -> r.difficulty() == null ? getTranslation("blueprint.anyDifficulty")
                : getTranslation("question.difficulty." + r.difficulty())).setHeader(getTranslation("question.difficulty"));
        rows.addColumn(RowCoverage::count).setHeader(getTranslation("blueprint.count"));
        rows.addColumn(RowCoverage::available).setHeader(getTranslation("blueprint.available"));
        rows.addColumn(RowCoverage::required).setHeader(getTranslation("blueprint.required"));
        rows.addComponentColumn(r -> {
            Span s = new Span(getTranslation(r.covered() ? "blueprint.covered" : "blueprint.notCovered"));
            s.getElement().getThemeList().add(r.covered() ? "badge success" : "badge error");
            return s;
        }).setHeader(getTranslation("blueprint.status"));
        rows.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("blueprint.removeRow"), e -> {
                editing.remove(r.index() - 1);
                saveRows();
            });
            remove.setVisible(board);
            return remove;
        });
        rows.setAllRowsVisible(true);
        verdict.setId("bp-verdict");
    }

    /** adding a row (topic × difficulty × count), clearing them all */
    private HorizontalLayout buildEditor() {
        topic.setLabel(getTranslation("question.topic"));
        topic.setItemLabelGenerator(TopicInfo::path);
        topic.setPlaceholder(getTranslation("blueprint.anyTopic"));
        topic.setClearButtonVisible(true);
        topic.setId("bp-topic");
        difficulty.setLabel(getTranslation("question.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> getTranslation("question.difficulty." + d));
        difficulty.setPlaceholder(getTranslation("blueprint.anyDifficulty"));
        difficulty.setClearButtonVisible(true);
        difficulty.setId("bp-difficulty");
        count.setLabel(getTranslation("blueprint.count"));
        count.setMin(1);
        count.setMax(500);
        count.setStepButtonsVisible(true);
        count.setId("bp-count");
        Button addRow = new Button(getTranslation("blueprint.addRow"), e -> {
            if (count.getValue() == null || count.getValue() < 1) {
                count.setInvalid(true);
                count.setErrorMessage(getTranslation("blueprint.error.countField"));
                return;
            }
            count.setInvalid(false);
            editing.add(new RowSpec(topic.getValue() == null ? null : topic.getValue().id(), difficulty.getValue(),
                    count.getValue()));
            if (!saveRows()) {
                editing.remove(editing.size() - 1);
            }
        });
        addRow.setId("bp-add");
        Button clear = new Button(getTranslation("blueprint.clear"), e -> {
            editing.clear();
            saveRows();
        });
        clear.setId("bp-clear");
        HorizontalLayout editor = new HorizontalLayout(topic, difficulty, count, addRow, clear);
        editor.setAlignItems(FlexComponent.Alignment.BASELINE);
        editor.setVisible(board);
        return editor;
    }

    private void load() {
        if (part.getValue() == null || bank.getValue() == null) {
            rows.setItems(List.of());
            verdict.setText("");
            return;
        }
        topic.setItems(banks.topics(bank.getValue().id()));
        Coverage c = blueprints.coverage(campaign.id(), part.getValue().number(), bank.getValue().id(),
                part.getValue().questionCount());
        editing.clear();
        c.rows().forEach(r -> editing.add(new RowSpec(r.topicId(), r.difficulty(), r.count())));
        show(c);
    }

    private boolean saveRows() {
        return Actions.attempt(() -> show(blueprints.saveBlueprint(campaign.id(), part.getValue().number(),
                bank.getValue().id(), part.getValue().questionCount(), List.copyOf(editing))));
    }

    private void show(Coverage c) {
        rows.setItems(c.rows());
        String text;
        if (c.rows().isEmpty()) {
            text = getTranslation("blueprint.none", c.bankAvailable(), c.bankRequired());
        } else if (c.total() != c.questionCount()) {
            text = getTranslation("blueprint.incomplete", c.total(), c.questionCount());
        } else {
            text = getTranslation(c.covered() ? "blueprint.ok" : "blueprint.short", c.bankAvailable(), c.bankRequired());
        }
        verdict.setText(text);
        if (c.covered()) {
            verdict.removeClassName("warning");
        } else {
            verdict.addClassName("warning");
        }
    }

    private void showSample() {
        Actions.fetch(() -> blueprints.samplePaper(campaign.id(), part.getValue().number(), bank.getValue().id(),
                part.getValue().questionCount())).ifPresent(this::showSample);
    }

    private void showSample(List<SampleQuestion> paper) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("blueprint.sample"));
        d.setWidth("900px");
        VerticalLayout list = new VerticalLayout();
        list.setId("bp-sample-paper");
        int n = 1;
        for (SampleQuestion q : paper) {
            Div stem = new Div();
            String head = getTranslation("blueprint.sampleHead", n++, q.questionId(), q.version(),
                    q.topicPath() == null ? "" : q.topicPath(),
                    q.difficulty() == null ? "" : getTranslation("question.difficulty." + q.difficulty()), q.key());
            stem.add(new Span(head));
            Div body = new Div();
            if (q.text().html()) {
                body.getElement().setProperty("innerHTML", q.text().stem());
            } else {
                body.setText(q.text().stem());
            }
            stem.add(body);
            for (int k = 0; k < q.text().options().size(); k++) {
                Div option = new Div();
                String label = (char) ('A' + k) + ". ";
                if (q.text().html()) {
                    option.getElement().setProperty("innerHTML", label + q.text().options().get(k));
                } else {
                    option.setText(label + q.text().options().get(k));
                }
                stem.add(option);
            }
            list.add(stem);
        }
        d.add(list);
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.blueprints");
    }
}
