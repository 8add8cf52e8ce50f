package vn.thituyen.registration.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import vn.thituyen.common.Numbers;
import vn.thituyen.registration.OwnResults;

/**
 * The candidate's own result once the results are published: round 1 part by part, round 2 part by part, priority,
 * total, rank and outcome (a leadership exam: part 1, part 2, the final score); and, while the window is open for a
 * written paper, the way to appeal it (phúc khảo).
 */
class OwnResultPanel extends Composite<Div> {

    /** The candidate's appeals screen (module grading). */
    static final String APPEALS_ROUTE = "my-appeals";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    OwnResultPanel(OwnResults.OwnResult r) {
        Numbers num = new Numbers(getLocale());
        FormLayout result = new FormLayout();
        result.setId("my-result");
        if (r.leadership() != null) {
            // a leadership exam: part 1 (written, the gate), part 2 (the đề án), the final score
            result.addFormItem(new Span(num.score(r.leadership().part1())), getTranslation("results.part1"));
            if (r.leadership().part2() != null) {
                result.addFormItem(new Span(num.score(r.leadership().part2())), getTranslation("results.part2"));
            }
            if (r.leadership().finalScore() != null) {
                result.addFormItem(new Span(num.score(r.leadership().finalScore())), getTranslation("results.final"));
            }
        } else {
            round1(r, result);
            for (OwnResults.Round2Mark m : r.round2Parts()) {
                result.addFormItem(new Span(getTranslation("myResult.round2Mark", num.score(m.mark()),
                                num.score(m.maxScore()), m.weightPercent())),
                        getTranslation("myResult.round2Part", m.partNo(), getTranslation("partKind." + m.kind())));
            }
            if (r.round2Score() != null) {
                result.addFormItem(new Span(num.score(r.round2Score())), getTranslation("results.round2"));
                result.addFormItem(new Span(num.score(r.priorityPoints())), getTranslation("results.priority"));
                result.addFormItem(new Span(num.score(r.total())), getTranslation("results.total"));
            }
        }
        if (r.rank() != null) {
            result.addFormItem(new Span(String.valueOf(r.rank())), getTranslation("results.rank"));
        }
        Span outcome = new Span(getTranslation("outcome." + r.outcome()));
        outcome.setId("my-outcome");
        outcome.getElement().getThemeList().add("badge " + ("WINNER".equals(r.outcome()) ? "success" : "contrast"));
        result.addFormItem(outcome, getTranslation("results.outcome"));
        if (r.agency() != null) {
            // a joint position's winner: the agency placed in (ND 170/2025/NĐ-CP)
            Span agency = new Span(r.agency());
            agency.setId("my-agency");
            result.addFormItem(agency, getTranslation("results.agency"));
        }
        getContent().add(new H3(getTranslation("myResult.title")), result);
        if (r.appeal() != null) {
            getContent().add(appeal(r.appeal()));
        }
    }

    private void round1(OwnResults.OwnResult r, FormLayout result) {
        for (OwnResults.Round1Part p : r.round1()) {
            String value = p.exempt() ? getTranslation("exam.exempt")
                    : p.correct() == null ? getTranslation("myResult.notSat")
                    : getTranslation("myResult.part", p.correct(), p.questions(),
                            getTranslation(Boolean.TRUE.equals(p.passed()) ? "exam.passed" : "exam.failed"));
            result.addFormItem(new Span(value), getTranslation("myResult.round1Part", getTranslation("exam.part",
                    p.partNo(), getTranslation("subject." + p.subject()))));
        }
        result.addFormItem(new Span(getTranslation(r.round1Passed() ? "exam.passed" : "exam.failed")),
                getTranslation("myResult.round1"));
    }

    /** The appeal window of the written papers: the button while it is open, else what became of it. */
    private Div appeal(OwnResults.Appeal a) {
        Div box = new Div();
        box.setId("my-appeal");
        String lastDay = a.lastDay() == null ? "—" : DAY.format(a.lastDay());
        if (a.open()) {
            box.add(new Span(getTranslation("myResult.appeal.open", lastDay)));
            Button go = new Button(getTranslation("myResult.appeal.button"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(APPEALS_ROUTE)));
            go.setId("appeal-button");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
            box.add(go);
        } else if (a.filed()) {
            Button see = new Button(getTranslation("myResult.appeal.see"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(APPEALS_ROUTE)));
            see.setId("appeal-button");
            box.add(see);
        } else {
            box.add(new Span(getTranslation("myResult.appeal.closed", lastDay)));
        }
        return box;
    }
}
