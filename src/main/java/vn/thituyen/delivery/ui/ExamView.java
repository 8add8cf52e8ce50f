package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Retry;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.delivery.ExamScreen;
import vn.thituyen.delivery.ExamScreen.CurrentPart;
import vn.thituyen.delivery.ExamScreen.Item;
import vn.thituyen.delivery.ExamScreen.PartState;
import vn.thituyen.delivery.ExamScreen.PartSummary;

/**
 * The candidate's exam screen: one question at a time, a navigator of all questions, each answer saved the
 * moment it is chosen (shown "saved" only after the commit), and a countdown derived from the server's deadline.
 */
@Route(value = "exam", layout = MainLayout.class)
@RolesAllowed("EXAMINEE")
public class ExamView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    final Span countdown = new Span();
    final Span saveStatus = new Span();
    final Div navigator = new Div();
    final Span questionNumber = new Span();
    final Div stem = new Div();
    final RadioButtonGroup<Integer> options = new RadioButtonGroup<>();
    private final transient DeliveryService delivery;
    private transient CurrentPart current;
    private final List<Button> navButtons = new ArrayList<>();
    private int index;
    /** the item whose options are on screen; choosing it again must not redraw them under the candidate's click */
    private long shownItemId = -1;
    private boolean updating;
    /** the screen on show is the paused one (no questions) */
    private boolean shownPaused;

    public ExamView(DeliveryService delivery) {
        this.delivery = delivery;
        setMaxWidth("70em");
        countdown.setId("countdown");
        countdown.addClassName("countdown");
        saveStatus.setId("save-status");
        navigator.setId("navigator");
        navigator.addClassName("navigator");
        questionNumber.setId("question-number");
        stem.setId("question-stem");
        stem.addClassName("question-stem");
        options.setId("options");
        options.addThemeName("vertical");
        options.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                save(e.getValue());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        try {
            render();
        } catch (DomainException e) {
            if (!sessionEnded(e)) {
                throw e;
            }
            return;
        }
        // every 30 s the countdown is re-derived from the server's deadline, so a drifting browser clock or a
        // part closed by the server shows up without the candidate doing anything
        attachEvent.getUI().setPollInterval(30_000);
        Registration poll = attachEvent.getUI().addPollListener(e -> syncCountdown());
        addDetachListener(e -> {
            poll.remove();
            e.getUI().setPollInterval(-1);
            e.unregisterListener();
        });
    }

    void render() {
        render(delivery.screen());
    }

    private void render(ExamScreen s) {
        removeAll();
        shownItemId = -1;
        shownPaused = s.paused();
        Span name = new Span(s.fullName());
        name.setId("exam-name");
        Span number = new Span(s.candidateNumber());
        number.setId("exam-number");
        Span position = new Span(s.positionName());
        position.setId("exam-position");
        Div identity = new Div(new H3(getTranslation("exam.candidate")), line("field.fullName", name),
                line("field.candidateNumber", number), line("field.position", position));
        identity.addClassName("exam-identity");
        add(identity);
        current = s.current();
        if (s.finished()) {
            showResult(s);
        } else if (current != null) {
            showPart(s);
        } else {
            showLobby(s);
        }
    }

    private Div line(String key, Span value) {
        return new Div(new Span(getTranslation(key) + ": "), value);
    }

    private void showLobby(ExamScreen s) {
        add(new H2(getTranslation("exam.lobby")));
        for (PartSummary p : s.parts()) {
            add(new Paragraph(partLine(p)));
        }
        if (!s.sittingOpen()) {
            add(new Paragraph(getTranslation(s.paused() ? "exam.paused" : "error.sitting.notOpen")));
            return;
        }
        s.parts().stream().filter(p -> p.state() == PartState.NOT_STARTED).findFirst().ifPresent(p -> {
            Button start = new Button(getTranslation("exam.start", p.partNo(),
                    getTranslation("subject." + p.subject())), e -> act(delivery::startNextPart));   // returns the screen: one transaction
            start.setId("start-part");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(start);
        });
    }

    private String partLine(PartSummary p) {
        String head = getTranslation("exam.part", p.partNo(), getTranslation("subject." + p.subject()));
        return switch (p.state()) {
            case EXEMPT -> head + ": " + getTranslation("exam.exempt");
            case CLOSED -> head + ": " + getTranslation("exam.partResult", p.correct(), p.questionCount(),
                    getTranslation(Boolean.TRUE.equals(p.passed()) ? "exam.passed" : "exam.failed"));
            default -> head + ": " + getTranslation("exam.partSpec", p.questionCount(), p.durationMinutes());
        };
    }

    private void showResult(ExamScreen s) {
        add(new H2(getTranslation("exam.finished")));
        boolean passed = true;
        for (PartSummary p : s.parts()) {
            Paragraph line = new Paragraph(partLine(p));
            line.setId("result-part-" + p.partNo());
            add(line);
            passed &= p.state() == PartState.EXEMPT || Boolean.TRUE.equals(p.passed());
        }
        Paragraph overall = new Paragraph(getTranslation(passed ? "exam.round1Passed" : "exam.round1Failed"));
        overall.setId("round1-outcome");
        overall.addClassName(passed ? "outcome-pass" : "outcome-fail");
        add(overall);
    }

    private void showPart(ExamScreen s) {
        if (s.paused()) {
            Paragraph paused = new Paragraph(getTranslation("exam.paused"));
            paused.setId("paused");
            paused.addClassName("warning");
            add(paused);
            // the questions stay on the server until the invigilator resumes the room
            add(new H2(getTranslation("exam.part", current.partNo(), getTranslation("subject." + current.subject()))));
            return;
        }
        H2 title = new H2(getTranslation("exam.part", current.partNo(), getTranslation("subject." + current.subject())));
        HorizontalLayout top = new HorizontalLayout(title, new Span(getTranslation("exam.timeLeft")), countdown);
        top.setAlignItems(Alignment.BASELINE);
        navButtons.clear();
        navigator.removeAll();
        for (Item item : current.items()) {
            Button b = new Button(String.valueOf(item.seq()), e -> show(item.seq() - 1));
            b.setId("nav-" + item.seq());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            navButtons.add(b);
            navigator.add(b);
        }
        Button previous = new Button(getTranslation("exam.previous"), e -> show(index - 1));
        previous.setId("previous");
        Button next = new Button(getTranslation("exam.next"), e -> show(index + 1));
        next.setId("next");
        Button submit = new Button(getTranslation("exam.submitPart"), e -> confirmSubmit());
        submit.setId("submit-part");
        submit.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div question = new Div(questionNumber, stem, options, saveStatus);
        question.addClassName("question");
        add(top, navigator, question, new HorizontalLayout(previous, next, submit));
        for (int i = 0; i < current.items().size(); i++) {
            markNav(i);
        }
        show(Math.min(index, current.items().size() - 1));
        syncCountdown(current.remainingSeconds());
    }

    void show(int i) {
        if (current == null || i < 0 || i >= current.items().size()
                || current.items().get(i).itemId() == shownItemId) {
            return;
        }
        if (index < navButtons.size()) {
            navButtons.get(index).removeClassName("current");
        }
        index = i;
        navButtons.get(i).addClassName("current");
        Item item = current.items().get(i);
        shownItemId = item.itemId();
        questionNumber.setText(getTranslation("exam.questionOf", item.seq(), current.items().size()));
        if (item.html()) {
            // cleaned to a safe subset when the question was stored (SafeHtml); images are inline data
            stem.setText("");
            stem.getElement().setProperty("innerHTML", item.stem());
        } else {
            stem.getElement().removeProperty("innerHTML");
            stem.setText(item.stem());
        }
        updating = true;
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < item.options().size(); k++) {
            idx.add(k);
        }
        options.setItems(idx);
        options.setItemLabelGenerator(k -> (char) ('A' + k) + ". "
                + (item.html() ? org.jsoup.Jsoup.parseBodyFragment(item.options().get(k)).text() : item.options().get(k)));
        options.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(k -> {
            Span label = new Span();
            if (item.html()) {
                label.getElement().setProperty("innerHTML", (char) ('A' + k) + ". " + item.options().get(k));
            } else {
                label.setText((char) ('A' + k) + ". " + item.options().get(k));
            }
            return label;
        }));
        options.setValue(item.chosen());
        updating = false;
        saveStatus.setText(item.chosen() == null ? "" : getTranslation("exam.savedEarlier"));
    }

    private void save(Integer displayIndex) {
        Item item = current.items().get(index);
        try {
            var at = Retry.transientFailures(() -> delivery.saveAnswer(item.itemId(), displayIndex));
            current.items().set(index, item.withChosen(displayIndex));
            markNav(index);
            saveStatus.setText(getTranslation("exam.saved", TIME.format(at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")))));
            saveStatus.getElement().setAttribute("data-saved", "true");
        } catch (DomainException e) {
            if (sessionEnded(e)) {
                return;
            }
            saveStatus.setText(getTranslation("exam.notSaved"));
            saveStatus.getElement().setAttribute("data-saved", "false");
            Notices.error(e);
            render();
        }
    }

    private void markNav(int i) {
        if (current.items().get(i).chosen() != null) {
            navButtons.get(i).addClassName("answered");
        } else {
            navButtons.get(i).removeClassName("answered");
        }
    }

    private void confirmSubmit() {
        long unanswered = current.items().stream().filter(it -> it.chosen() == null).count();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("exam.submitPart"),
                getTranslation("exam.submitConfirm", unanswered), getTranslation("exam.submitPart"),
                e -> act(delivery::submitCurrentPart));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("submit-dialog");
        dialog.open();
    }

    /** Runs an action that returns the screen after it (one transaction); when refused, the screen is read anew. */
    private void act(java.util.function.Supplier<ExamScreen> action) {
        ExamScreen after = null;
        try {
            after = Retry.transientFailures(action);
        } catch (DomainException e) {
            if (sessionEnded(e)) {
                return;
            }
            Notices.error(e);
        }
        index = 0;
        if (after != null) {
            render(after);
        } else {
            render();
        }
    }

    /** The browser's countdown ran out: the server closes the part (it would also do so on its own). */
    @ClientCallable
    void timeUp() {
        index = 0;
        render();
    }

    /** The poll: only the running part and its time left are read (no questions, no answers). */
    private void syncCountdown() {
        if (current != null) {
            DeliveryService.PartClock clock;
            try {
                clock = delivery.partClock();
            } catch (DomainException e) {
                if (sessionEnded(e)) {
                    return;
                }
                throw e;
            }
            if (clock.partNo() == null || clock.partNo() != current.partNo() || clock.paused() != shownPaused) {
                index = 0;
                render();
            } else {
                syncCountdown(clock.remainingSeconds());
            }
        }
    }

    private void syncCountdown(long remainingSeconds) {
        countdown.setText(format(remainingSeconds));
        countdown.getElement().executeJs("""
                const el = $0, view = $1, end = Date.now() + $2 * 1000;
                clearInterval(el._timer);
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
                  if (s <= 0) { clearInterval(el._timer); view.$server.timeUp(); }
                };
                el._timer = setInterval(tick, 1000);
                """, countdown.getElement(), getElement(), (int) remainingSeconds); // executeJs cannot encode a Long
    }

    /**
     * The candidate signed in on another computer (or the session expired): this browser's session ends and the
     * exam sign-in page says why. Saved answers stay; signing in again continues the same paper.
     */
    private boolean sessionEnded(DomainException e) {
        if (!"error.exam.signedInElsewhere".equals(e.messageKey())
                && !"error.exam.sessionExpired".equals(e.messageKey())) {
            return false;
        }
        getUI().ifPresent(ui -> ui.getPage().setLocation("exam-login?ended"));
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().invalidate();
        }
        return true;
    }

    static String format(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.exam");
    }
}
