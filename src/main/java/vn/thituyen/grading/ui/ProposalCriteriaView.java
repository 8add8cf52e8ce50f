package vn.thituyen.grading.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.grading.domain.BallotRule;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;

/**
 * The campaign's criteria for the đề án ballot (tiêu chí chấm đề án): the chair or an administrator edits them —
 * each a name and a weight, the weights summing to 100 — until the first ballot is cast or the results are locked;
 * everyone else on the council reads them.
 */
@Route(value = "leadership/criteria", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "CHAIR", "SECRETARY", "GRADER"})
public class ProposalCriteriaView extends VerticalLayout implements HasDynamicTitle {

    /** One criterion on screen. */
    record Row(TextField name, IntegerField weight, Button remove, HorizontalLayout line) {
    }

    final List<Row> rows = new ArrayList<>();
    final VerticalLayout list = new VerticalLayout();
    final Span sum = new Span();
    final Paragraph listError = new Paragraph();
    final Button addCriterion = new Button();
    final Button saveCriteria = new Button();
    private final transient ProposalDefence defence;
    private final transient CampaignInfo campaign;
    private boolean editable;

    public ProposalCriteriaView(ProposalDefence defence, CampaignService campaigns, CurrentUser user) {
        this.defence = defence;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        if (campaign == null) {
            return;
        }
        add(new H2(getTranslation("criteria.title", campaign.name())));
        if (!campaign.kind().leadership()) {
            add(new Paragraph(getTranslation("leadership.notLeadershipCampaign")));
            return;
        }
        List<BallotRule.Criterion> criteria = Actions.fetch(() -> defence.criteria(campaign.id())).orElse(null);
        if (criteria == null) {
            return;
        }
        add(new Paragraph(getTranslation("criteria.hint")));
        var frozen = defence.criteriaFrozen(campaign.id());
        editable = (user.hasRole(Role.CHAIR) || user.hasRole(Role.ADMIN)) && frozen.isEmpty();
        if (!editable) {
            Paragraph why = new Paragraph(frozen.map(f -> getTranslation("criteria.frozen." + f))
                    .orElseGet(() -> getTranslation("criteria.readOnly")));
            why.setId("criteria-read-only");
            add(why);
        }
        list.setId("criteria-rows");
        list.setPadding(false);
        sum.setId("criteria-sum");
        listError.setId("criteria-error");
        listError.addClassName("warning");
        listError.setVisible(false);
        criteria.forEach(this::addRow);
        add(list, sum, listError);
        if (editable) {
            addCriterion.setText(getTranslation("criteria.add"));
            addCriterion.setId("criteria-add");
            addCriterion.addClickListener(e -> {
                addRow(null);
                rows.get(rows.size() - 1).name().focus();
            });
            saveCriteria.setText(getTranslation("criteria.save"));
            saveCriteria.setId("criteria-save");
            saveCriteria.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveCriteria.addClickListener(e -> save());
            add(new HorizontalLayout(addCriterion, saveCriteria));
        }
        renumber();
    }

    private void addRow(BallotRule.Criterion c) {
        TextField name = new TextField();
        name.setMaxLength(BallotRule.MAX_NAME);
        name.setWidth("min(100%, 32em)");
        IntegerField weight = new IntegerField(getTranslation("criteria.weight"));
        weight.setWidth("9em");
        weight.setStepButtonsVisible(editable);
        weight.setValueChangeMode(ValueChangeMode.EAGER);
        weight.addValueChangeListener(e -> showSum());
        if (c != null) {
            name.setValue(c.name());
            weight.setValue(c.weight());
        }
        HorizontalLayout line = new HorizontalLayout(name, weight);
        line.setAlignItems(Alignment.BASELINE);
        Button remove = new Button(getTranslation("action.delete"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Row row = new Row(name, weight, remove, line);
        if (editable) {
            remove.addClickListener(e -> {
                rows.remove(row);
                list.remove(line);
                renumber();
            });
            line.add(remove);
        } else {
            name.setReadOnly(true);
            weight.setReadOnly(true);
        }
        rows.add(row);
        list.add(line);
        renumber();
    }

    /** Labels and ids follow the rows' order, as the rule's problems number the criteria. */
    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            r.name().setLabel(getTranslation("criteria.name", n));
            r.name().setId("criterion-name-" + n);
            r.weight().setId("criterion-weight-" + n);
            r.remove().setId("criterion-remove-" + n);
            r.remove().getElement().setAttribute("aria-label", getTranslation("criteria.remove", n));
        }
        addCriterion.setEnabled(rows.size() < BallotRule.MAX_CRITERIA);
        showSum();
    }

    private void showSum() {
        int total = rows.stream().mapToInt(r -> r.weight().getValue() == null ? 0 : r.weight().getValue()).sum();
        sum.setText(getTranslation("criteria.sum", total, BallotRule.TOTAL_WEIGHT));
        sum.setClassName("warning", total != BallotRule.TOTAL_WEIGHT);
    }

    private List<BallotRule.Criterion> typed() {
        return rows.stream().map(r -> new BallotRule.Criterion(r.name().getValue(),
                r.weight().getValue() == null ? 0 : r.weight().getValue())).toList();
    }

    private void save() {
        List<BallotRule.Criterion> criteria = typed();
        // the service refuses with the first problem only: the same rule here puts every one next to its field
        List<BallotRule.Problem> problems = BallotRule.checkCriteria(criteria);
        showProblems(problems);
        if (!problems.isEmpty()) {
            return;
        }
        Actions.attempt(() -> {
            defence.saveCriteria(campaign.id(), criteria);
            Notices.success("criteria.saved");
            UI.getCurrent().refreshCurrentRoute(false);
        });
    }

    private void showProblems(List<BallotRule.Problem> problems) {
        for (Row r : rows) {
            r.name().setInvalid(false);
            r.weight().setInvalid(false);
        }
        List<String> general = new ArrayList<>();
        for (BallotRule.Problem p : problems) {
            String text = getTranslation(p.key(), p.args().toArray());
            if (p.criterion() < 1 || p.criterion() > rows.size()) {
                general.add(text);
                continue;
            }
            Row r = rows.get(p.criterion() - 1);
            HasValidation field = p.key().equals("error.criteria.weight") ? r.weight() : r.name();
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        listError.setText(String.join(" ", general));
        listError.setVisible(!general.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.criteria");
    }
}
