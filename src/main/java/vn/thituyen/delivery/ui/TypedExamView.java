package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.delivery.TypedWriting;
import vn.thituyen.delivery.TypedWriting.AnswerLine;
import vn.thituyen.delivery.TypedWriting.PaperLine;
import vn.thituyen.delivery.TypedWriting.PaperState;
import vn.thituyen.delivery.TypedWriting.Screen;
import vn.thituyen.delivery.TypedWriting.Writing;
import vn.thituyen.registration.RegistrationService;

/**
 * The candidate writes a written part on computer (thi viết trên máy tính): one text box per question, each saved a
 * moment after they stop typing and marked "saved at …" only once the server has committed it; the time left comes
 * from the server's deadline; a reload, or another computer, shows the answers as last saved.
 */
@Route(value = "written-exam", layout = MainLayout.class)
@RolesAllowed("CANDIDATE")
public class TypedExamView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ClockConfiguration.ZONE);
    /** the pause after the last keystroke before an answer is sent: often enough to lose little, not every key */
    static final int SAVE_AFTER_MS = 1500;
    private static final int POLL_MS = 15_000;

    final VerticalLayout papers = new VerticalLayout();
    final VerticalLayout writing = new VerticalLayout();
    final Span remaining = new Span();
    final Map<Integer, TextArea> answers = new HashMap<>();
    final Map<Integer, Span> saved = new HashMap<>();
    private final transient TypedWriting typed;
    private final long campaignId;
    private transient Writing current;
    private long seq = System.currentTimeMillis();
    private transient com.vaadin.flow.shared.Registration polling;

    public TypedExamView(TypedWriting typed, RegistrationService registration) {
        this.typed = typed;
        Long latest = registration.myLatestCampaign().orElse(null);
        this.campaignId = latest == null ? -1 : latest;
        add(new H2(getTranslation("typed.title")));
        if (latest == null) {
            add(new Paragraph(getTranslation("appeal.mine.none")));
            return;
        }
        papers.setPadding(false);
        papers.setId("typed-papers");
        writing.setPadding(false);
        writing.setId("typed-writing");
        remaining.setId("typed-remaining");
        add(papers, writing);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        e.getUI().setPollInterval(POLL_MS);
        polling = e.getUI().addPollListener(p -> tick());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        e.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void refresh() {
        Actions.fetch(() -> typed.screen(campaignId)).ifPresent(this::show);
    }

    private void show(Screen screen) {
        papers.removeAll();
        writing.removeAll();
        answers.clear();
        saved.clear();
        current = screen.writing();
        if (!screen.round2()) {
            Paragraph none = new Paragraph(getTranslation("typed.notRound2"));
            none.setId("typed-none");
            papers.add(none);
            return;
        }
        if (screen.papers().isEmpty()) {
            papers.add(new Paragraph(getTranslation("typed.noPapers")));
        }
        Numbers n = new Numbers(getLocale());
        for (PaperLine p : screen.papers()) {
            Paragraph line = new Paragraph(getTranslation("typed.paperLine", p.partNo(), p.minutes(),
                    n.score(p.maxScore()), getTranslation("typed.state." + p.state(),
                            p.handedInAt() == null ? "" : TIME.format(p.handedInAt()))));
            line.setId("typed-paper-" + p.partNo());
            papers.add(line);
            if (p.state() == PaperState.MAY_START && current == null) {
                Button start = new Button(getTranslation("typed.start", p.partNo()), e -> Confirm.ask("typed.start.title",
                        "typed.start.confirm", new Object[] {p.partNo(), p.minutes()}, "typed.start.button",
                        () -> Actions.fetch(() -> typed.start(campaignId, p.partNo())).ifPresent(this::show)));
                start.setId("start-typed-" + p.partNo());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                papers.add(start);
            }
        }
        if (current != null) {
            showWriting(current);
        }
    }

    private void showWriting(Writing w) {
        Paragraph rule = new Paragraph(getTranslation("typed.rule", TIME.format(w.deadline())));
        rule.setId("typed-rule");
        updateRemaining(w.remainingSeconds());
        writing.add(new H3(getTranslation("typed.writing", w.partNo())), rule, remaining);
        Numbers n = new Numbers(getLocale());
        for (AnswerLine q : w.questions()) {
            Div question = new Div();
            question.setText(q.question());
            question.getStyle().set("white-space", "pre-wrap");
            question.setId("typed-question-" + q.no());
            TextArea area = new TextArea(getTranslation("typed.answer", q.no()));
            area.setId("answer-" + q.no());
            area.setWidthFull();
            area.setMinHeight("14em");
            area.setMaxLength(TypedWriting.MAX_ANSWER);
            area.setValue(q.answer());
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(SAVE_AFTER_MS);
            if (q.clientSeq() != null) {
                seq = Math.max(seq, q.clientSeq());
            }
            Span state = new Span(q.savedAt() == null ? getTranslation("typed.notSaved")
                    : getTranslation("typed.saved", TIME.format(q.savedAt())));
            state.setId("saved-" + q.no());
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(q.no());
                }
            });
            answers.put(q.no(), area);
            saved.put(q.no(), state);
            writing.add(new H4(getTranslation("typed.question", q.no(), n.score(q.points()))), question, area, state);
        }
        Button handIn = new Button(getTranslation("typed.handIn"), e -> Confirm.ask("typed.handIn.title",
                "typed.handIn.confirm", new Object[] {w.partNo()}, "typed.handIn.button", this::handIn));
        handIn.setId("hand-in-typed");
        handIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        writing.add(handIn);
    }

    /** Sends one answer; "saved" only after the server's commit, the field's error (text kept) when refused. */
    private void save(int no) {
        TextArea area = answers.get(no);
        Span state = saved.get(no);
        seq = Math.max(seq + 1, System.currentTimeMillis());
        long mine = seq;
        try {
            Instant at = typed.save(current.scriptId(), no, area.getValue(), mine);
            area.setInvalid(false);
            state.setText(getTranslation("typed.saved", TIME.format(at)));
            state.getStyle().remove("color");
        } catch (DomainException ex) {
            // the text stays in the field: nothing the candidate typed is thrown away by a refusal
            state.setText(getTranslation("typed.saveFailed", getTranslation(ex.messageKey(), ex.params())));
            state.getStyle().set("color", "var(--lumo-error-text-color)");
            area.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            area.setInvalid(true);
            if ("error.typed.timeUp".equals(ex.messageKey()) || "error.typed.handedIn".equals(ex.messageKey())) {
                Notices.error(ex);
                refresh();
            }
        }
    }

    private void handIn() {
        if (Actions.attempt(() -> {
            answers.keySet().forEach(no -> typed.save(current.scriptId(), no, answers.get(no).getValue(), ++seq));
            typed.handIn(current.scriptId());
        })) {
            Notices.success("typed.handedIn", current.partNo());
            refresh();
        }
    }

    /** The poll: the time left, from the server; when it is up, the screen shows the script handed in. */
    private void tick() {
        if (current == null) {
            return;
        }
        Actions.fetch(() -> typed.remainingSeconds(current.scriptId())).ifPresent(left -> {
            updateRemaining(left);
            if (left == 0) {
                refresh();
            }
        });
    }

    private void updateRemaining(long seconds) {
        remaining.setText(getTranslation("typed.remaining", seconds / 60, seconds % 60));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("typed.title");
    }
}
