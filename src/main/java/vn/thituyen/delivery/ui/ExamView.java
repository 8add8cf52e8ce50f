package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The candidate's exam screen: one question at a time in large, zoomable text; a navigator that shows which
 * questions are answered, unanswered or flagged for review; each answer saved the moment it is chosen (shown
 * "saved" only after the commit); a countdown derived from the server's deadline; the keyboard (A–D or 1–4 to
 * choose, arrows or N/P to move, F to flag); and before hand-in a summary of what is unanswered or flagged.
 */
@Route(value = "exam", layout = MainLayout.class)
@RolesAllowed("EXAMINEE")
public class ExamView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ExamView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** text sizes the candidate can choose, in percent of the (already large) default */
    static final int[] ZOOM = {100, 115, 130, 150, 175, 200};
    private static final String ZOOM_ATTRIBUTE = "thituyen.exam.zoom";
    private static final String POSITION_ATTRIBUTE = "thituyen.exam.position";
    /** while a candidate waits at the door to be checked in, the lobby asks every few seconds */
    static final int CHECK_IN_POLL_MS = 5_000;
    static final int COUNTDOWN_POLL_MS = 30_000;

    final Span countdown = new Span();
    final Span saveStatus = new Span();
    final Button retrySave = new Button();
    final Div navigator = new Div();
    final Span navSummary = new Span();
    final Span questionNumber = new Span();
    final Button flag = new Button();
    final Div stem = new Div();
    final RadioButtonGroup<Integer> options = new RadioButtonGroup<>();
    final Div question = new Div();
    final Span zoomLevel = new Span();
    private final transient DeliveryService delivery;
    private transient CurrentPart current;
    private transient ExamScreen shown;
    /** Plain HTML buttons: sixty of them on every open exam screen, so the lightest component that is a button. */
    private final List<NativeButton> navButtons = new ArrayList<>();
    private int index;
    /** the item whose options are on screen; choosing it again must not redraw them under the candidate's click */
    private long shownItemId = -1;
    private boolean updating;
    /** the screen on show is the paused one (no questions) */
    private boolean shownPaused;
    /** the lobby on show waits for the invigilator's check-in */
    private boolean awaitingCheckIn;
    /** the choice whose save failed, offered again by "try again" */
    private Integer unsaved;

    private final transient vn.thituyen.delivery.ExamPortrait portrait;
    /** whether the candidate's portrait is shown: asked once, the picture itself fetched by the browser */
    private Boolean hasPortrait;

    public ExamView(DeliveryService delivery, vn.thituyen.delivery.ExamPortrait portrait) {
        this.delivery = delivery;
        this.portrait = portrait;
        addClassName("exam-view");
        // focusable, so the keyboard works as soon as the screen is drawn and wherever the candidate clicks in it
        getElement().setAttribute("tabindex", "-1");
        countdown.setId("countdown");
        countdown.addClassName("countdown");
        countdown.getElement().setAttribute("role", "timer");
        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("role", "status");
        saveStatus.getElement().setAttribute("aria-live", "polite");
        retrySave.setId("retry-save");
        retrySave.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        retrySave.addClickListener(e -> {
            if (unsaved != null) {
                save(unsaved);
            }
        });
        navigator.setId("navigator");
        navigator.addClassName("navigator");
        navSummary.setId("nav-summary");
        navSummary.addClassName("nav-summary");
        questionNumber.setId("question-number");
        questionNumber.addClassName("question-number");
        flag.setId("flag-question");
        flag.addClassName("flag-toggle");
        flag.addThemeVariants(ButtonVariant.LUMO_SMALL);
        flag.addClickListener(e -> toggleFlag());
        stem.setId("question-stem");
        stem.addClassName("question-stem");
        options.setId("options");
        options.addClassName("question-options");
        options.addThemeName("vertical");
        options.addValueChangeListener(e -> {
            if (!updating && e.isFromClient()) {
                save(e.getValue());
            }
        });
        // the browser says "saving…" the moment an option is clicked (the server's answer replaces the text), and
        // the arrow keys stay the radio group's own inside it (they move the question everywhere else)
        options.addAttachListener(e -> options.getElement().executeJs("""
                const group = this, status = $0, saving = $1;
                if (group._examHooks) { group._examHooks.status = status; return; }
                group._examHooks = { status };
                group.addEventListener('change', () => {
                  const s = group._examHooks.status;
                  if (!s) return;
                  const t = s.firstChild;
                  if (t && t.nodeType === 3) { t.data = saving; }
                  s.setAttribute('data-pending', '');
                }, true);
                group.addEventListener('keydown', ev => { if (ev.key && ev.key.startsWith('Arrow')) ev.stopPropagation(); });
                """, saveStatus.getElement(), getTranslation("exam.saving")));
        question.setId("question");
        question.addClassName("question");
        zoomLevel.setId("zoom-level");
        zoomLevel.addClassName("zoom-level");
        shortcuts();
    }

    /**
     * Keys work inside the exam screen only (never in the header or a dialog), and only on a running part: A–F or 1–6
     * choose, → or N next, ← or P back, F flags. One key listener, filtered in the browser (so other keys never
     * reach the server), instead of one shortcut registration per key: 22 registrations weighed ~100 KB per open
     * exam screen (docs/performance.md).
     */
    private void shortcuts() {
        getElement().addEventListener("keydown", e -> key(e.getEventData().getString("event.key")))
                .addEventData("event.key").setFilter(KEY_FILTER);
    }

    /** Evaluated in the browser: only these keys, without modifiers, and never while typing in a field. */
    static final String KEY_FILTER = "!event.ctrlKey && !event.altKey && !event.metaKey"
            + " && /^([a-fA-FnNpP1-6]|ArrowLeft|ArrowRight)$/.test(event.key)"
            + " && !['input', 'textarea'].includes(event.composedPath()[0].localName)";

    /** What a key does on the exam screen. */
    void key(String key) {
        switch (key) {
            case "ArrowRight", "n", "N" -> show(index + 1);
            case "ArrowLeft", "p", "P" -> show(index - 1);
            case "f", "F" -> toggleFlag();
            default -> {
                char c = Character.toLowerCase(key.charAt(0));
                choose(c >= 'a' && c <= 'e' ? c - 'a' : c - '1');
            }
        }
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
        Registration poll = attachEvent.getUI().addPollListener(e -> poll());
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
        shown = s;
        shownItemId = -1;
        shownPaused = s.paused();
        awaitingCheckIn = false;
        unsaved = null;
        Span name = new Span(s.fullName());
        name.setId("exam-name");
        Span number = new Span(s.candidateNumber());
        number.setId("exam-number");
        Span position = new Span(s.positionName());
        position.setId("exam-position");
        Div identity = new Div(new H3(getTranslation("exam.candidate")), line("field.fullName", name),
                line("field.candidateNumber", number), line("field.position", position));
        identity.addClassName("exam-identity");
        if (hasPortrait == null) {
            hasPortrait = portrait.present();
        }
        if (hasPortrait) {
            // TT 6/2020: the screen shows the photo with the name, number and position, for the invigilator
            com.vaadin.flow.server.StreamResource picture = new com.vaadin.flow.server.StreamResource("portrait",
                    () -> new java.io.ByteArrayInputStream(portrait.mine()
                            .map(vn.thituyen.registration.CandidateDocuments.DocumentFile::data).orElse(new byte[0])));
            com.vaadin.flow.component.html.Image photo = new com.vaadin.flow.component.html.Image(picture,
                    getTranslation("exam.photoAlt", s.fullName()));
            photo.setId("exam-photo");
            photo.addClassName("exam-photo");
            identity.addComponentAsFirst(photo);
        }
        add(identity);
        current = s.current();
        if (s.finished()) {
            showResult(s);
        } else if (current != null) {
            showPart(s);
        } else {
            showLobby(s);
        }
        getUI().ifPresent(ui -> ui.setPollInterval(awaitingCheckIn ? CHECK_IN_POLL_MS : COUNTDOWN_POLL_MS));
    }

    private Div line(String key, Span value) {
        Div line = new Div(new Span(getTranslation(key) + ": "), value);
        line.addClassName("exam-identity-line");
        return line;
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
        if (s.awaitingCheckIn()) {
            // the invigilator checks the citizen ID at the door first; the lobby asks again every few seconds
            Paragraph wait = new Paragraph(getTranslation("exam.awaitingCheckIn"));
            wait.setId("awaiting-check-in");
            wait.addClassName("status-box");
            add(wait);
            awaitingCheckIn = true;
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
        H2 title = new H2(getTranslation("exam.part", current.partNo(), getTranslation("subject." + current.subject())));
        if (s.paused()) {
            Paragraph paused = new Paragraph(getTranslation("exam.paused"));
            paused.setId("paused");
            paused.addClassName("warning");
            add(paused);
            // the questions stay on the server until the invigilator resumes the room
            add(title);
            return;
        }
        Span timeLeft = new Span(getTranslation("exam.timeLeft"));
        Div timer = new Div(timeLeft, countdown);
        timer.addClassName("exam-timer");
        Button smaller = zoomButton("zoom-out", "A−", "exam.zoomOut", -1);
        Button larger = zoomButton("zoom-in", "A+", "exam.zoomIn", 1);
        Div zoom = new Div(new Span(getTranslation("exam.textSize")), smaller, zoomLevel, larger);
        zoom.addClassName("exam-zoom");
        Div top = new Div(title, timer, zoom);
        top.addClassName("exam-top");

        navButtons.clear();
        navigator.removeAll();
        for (Item item : current.items()) {
            NativeButton b = new NativeButton(String.valueOf(item.seq()), e -> show(item.seq() - 1));
            b.setId("nav-" + item.seq());
            navButtons.add(b);
            navigator.add(b);
        }
        Div legend = new Div(legend("answered", "exam.legendAnswered"), legend("unanswered", "exam.legendUnanswered"),
                legend("flagged", "exam.legendFlagged"), legend("current", "exam.legendCurrent"));
        legend.addClassName("nav-legend");
        Nav side = new Nav(new H3(getTranslation("exam.questions")), navSummary, navigator, legend);
        side.getElement().setAttribute("aria-label", getTranslation("exam.questions"));
        side.addClassName("exam-side");

        Div head = new Div(questionNumber, flag);
        head.addClassName("question-head");
        retrySave.setText(getTranslation("exam.retrySave"));
        retrySave.setVisible(false);
        Div status = new Div(saveStatus, retrySave);
        status.addClassName("save-line");
        question.removeAll();
        question.add(head, stem, options, status);
        applyZoom();

        Button previous = new Button(getTranslation("exam.previous"), e -> show(index - 1));
        previous.setId("previous");
        Button next = new Button(getTranslation("exam.next"), e -> show(index + 1));
        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button submit = new Button(getTranslation("exam.submitPart"), e -> confirmSubmit());
        submit.setId("submit-part");
        submit.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div controls = new Div(previous, next, submit);
        controls.addClassName("exam-controls");
        Div main = new Div(question, controls);
        main.addClassName("exam-main");
        Div body = new Div(main, side);
        body.addClassName("exam-body");
        Paragraph keys = new Paragraph(getTranslation("exam.keys"));
        keys.setId("exam-keys");
        keys.addClassName("exam-keys");
        add(top, body, keys);
        for (int i = 0; i < current.items().size(); i++) {
            markNav(i);
        }
        updateSummary();
        // back on the question the candidate was on before a reload (kept in this browser's session)
        index = Math.max(0, Math.min(rememberedPosition(), current.items().size() - 1));
        show(index);
        syncCountdown(current.remainingSeconds());
        getElement().executeJs("if (!this.contains(document.activeElement)) this.focus({preventScroll: true})");
    }

    private static Span legend(String state, String key) {
        Span swatch = new Span();
        swatch.addClassNames("legend-swatch", state);
        swatch.getElement().setAttribute("aria-hidden", "true");
        Span item = new Span(swatch, new Span(UI.getCurrent().getTranslation(key)));
        item.addClassName("legend-item");
        return item;
    }

    void show(int i) {
        if (current == null || i < 0 || i >= current.items().size()
                || current.items().get(i).itemId() == shownItemId) {
            return;
        }
        if (index < navButtons.size()) {
            navButtons.get(index).removeClassName("current");
            navButtons.get(index).getElement().removeAttribute("aria-current");
        }
        index = i;
        remember(i);
        navButtons.get(i).addClassName("current");
        navButtons.get(i).getElement().setAttribute("aria-current", "step");
        Item item = current.items().get(i);
        shownItemId = item.itemId();
        unsaved = null;
        questionNumber.setText(getTranslation("exam.questionOf", item.seq(), current.items().size()));
        showFlag(item);
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
        options.getElement().setAttribute("aria-label", getTranslation("exam.questionOf", item.seq(),
                current.items().size()));
        updating = false;
        setStatus(item.chosen() == null ? "" : getTranslation("exam.savedEarlier"), "none");
    }

    /** A key chose the option shown at {@code displayIndex}: shown and saved as if clicked. */
    private void choose(int displayIndex) {
        if (current == null || current.items().isEmpty() || displayIndex >= current.items().get(index).options().size()) {
            return;
        }
        updating = true;
        options.setValue(displayIndex);
        updating = false;
        save(displayIndex);
    }

    private void save(Integer displayIndex) {
        Item item = current.items().get(index);
        try {
            var at = Retry.transientFailures(() -> delivery.saveAnswer(item.itemId(), displayIndex));
            current.items().set(index, item.withChosen(displayIndex));
            unsaved = null;
            markNav(index);
            updateSummary();
            setStatus(getTranslation("exam.saved", TIME.format(at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")))), "true");
            retrySave.setVisible(false);
        } catch (DomainException e) {
            if (sessionEnded(e)) {
                return;
            }
            setStatus(getTranslation("exam.notSaved"), "false");
            Notices.error(e);
            render();
        } catch (RuntimeException e) {
            // still refused after the retries (the database is away): the choice stays on screen, not saved,
            // and "try again" sends it once more; nothing the candidate saved before is touched
            LOG.warn("Answer not saved for item {}", item.itemId(), e);
            unsaved = displayIndex;
            setStatus(getTranslation("exam.notSaved"), "false");
            retrySave.setVisible(true);
        }
    }

    /**
     * The save status is one piece of text. It is replaced by a new text node each time, so the server's word
     * always reaches the browser, even when it reads as before (the browser wrote "saving…" into the old node).
     */
    private void setStatus(String text, String state) {
        Element e = saveStatus.getElement();
        e.removeAllChildren();
        e.appendChild(Element.createText(text));
        e.setAttribute("data-saved", state);
        e.executeJs("this.removeAttribute('data-pending')");
    }

    private void toggleFlag() {
        if (current == null || current.items().isEmpty()) {
            return;
        }
        Item item = current.items().get(index);
        boolean flagged = !item.flagged();
        try {
            Retry.transientFailures(() -> delivery.flag(item.itemId(), flagged));
        } catch (DomainException e) {
            Notices.error(e);
            render();
            return;
        }
        current.items().set(index, item.withFlagged(flagged));
        markNav(index);
        showFlag(current.items().get(index));
        updateSummary();
    }

    private void showFlag(Item item) {
        flag.setText(getTranslation(item.flagged() ? "exam.unflag" : "exam.flag"));
        flag.getElement().setAttribute("aria-pressed", String.valueOf(item.flagged()));
        if (item.flagged()) {
            flag.addClassName("flagged");
        } else {
            flag.removeClassName("flagged");
        }
    }

    private void markNav(int i) {
        Item item = current.items().get(i);
        NativeButton b = navButtons.get(i);
        b.setClassName("answered", item.chosen() != null);
        b.setClassName("flagged", item.flagged());
        String state = getTranslation(item.chosen() != null ? "exam.legendAnswered" : "exam.legendUnanswered")
                + (item.flagged() ? ", " + getTranslation("exam.legendFlagged") : "");
        b.getElement().setAttribute("aria-label", getTranslation("exam.navLabel", item.seq(), state));
    }

    private void updateSummary() {
        long answered = current.items().stream().filter(it -> it.chosen() != null).count();
        long flagged = current.items().stream().filter(Item::flagged).count();
        navSummary.setText(getTranslation("exam.navSummary", answered, current.items().size(), flagged));
    }

    private Button zoomButton(String id, String text, String labelKey, int step) {
        Button b = new Button(text, e -> zoom(step));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        b.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return b;
    }

    /** Larger or smaller question text; remembered for this browser session (a reload keeps it). */
    void zoom(int step) {
        int level = zoomIndex() + step;
        if (level >= 0 && level < ZOOM.length) {
            VaadinSession.getCurrent().setAttribute(ZOOM_ATTRIBUTE, level);
            applyZoom();
        }
    }

    private int zoomIndex() {
        Object level = VaadinSession.getCurrent().getAttribute(ZOOM_ATTRIBUTE);
        return level instanceof Integer i ? i : 0;
    }

    private void applyZoom() {
        int percent = ZOOM[zoomIndex()];
        question.getStyle().set("--exam-zoom", String.valueOf(percent / 100.0));
        zoomLevel.setText(percent + "%");
    }

    private String positionKey() {
        return shown.candidateNumber() + "/" + current.partNo();
    }

    private int rememberedPosition() {
        Object position = VaadinSession.getCurrent().getAttribute(POSITION_ATTRIBUTE);
        return position instanceof String p && p.startsWith(positionKey() + "=")
                ? Integer.parseInt(p.substring(positionKey().length() + 1)) : 0;
    }

    private void remember(int i) {
        VaadinSession.getCurrent().setAttribute(POSITION_ATTRIBUTE, positionKey() + "=" + i);
    }

    private void confirmSubmit() {
        List<Item> items = current.items();
        String unanswered = items.stream().filter(it -> it.chosen() == null).map(it -> String.valueOf(it.seq()))
                .collect(Collectors.joining(", "));
        String flagged = items.stream().filter(Item::flagged).map(it -> String.valueOf(it.seq()))
                .collect(Collectors.joining(", "));
        long unansweredCount = items.stream().filter(it -> it.chosen() == null).count();
        Div summary = new Div();
        summary.setId("submit-summary");
        Paragraph count = new Paragraph(getTranslation("exam.submitUnanswered", unansweredCount));
        count.setId("submit-unanswered-count");
        summary.add(count);
        if (!unanswered.isEmpty()) {
            Paragraph list = new Paragraph(getTranslation("exam.submitUnansweredList", unanswered));
            list.setId("submit-unanswered");
            summary.add(list);
        }
        if (!flagged.isEmpty()) {
            Paragraph list = new Paragraph(getTranslation("exam.submitFlaggedList", flagged));
            list.setId("submit-flagged");
            list.addClassName("warning");
            summary.add(list);
        }
        summary.add(new Paragraph(getTranslation("exam.submitFinal")));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("exam.submitPart"));
        dialog.setText(summary);
        dialog.setConfirmText(getTranslation("exam.submitPart"));
        dialog.addConfirmListener(e -> act(delivery::submitCurrentPart));
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

    private void poll() {
        if (awaitingCheckIn) {
            // two reads by primary key; the screen is drawn again only once the invigilator checked the candidate in
            if (!delivery.awaitingCheckIn()) {
                render();
            }
        } else {
            syncCountdown();
        }
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
        // the last five minutes are shown in red (data-low), by the browser's own tick
        countdown.getElement().executeJs("""
                const el = $0, view = $1, end = Date.now() + $2 * 1000;
                clearInterval(el._timer);
                const tick = () => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0');
                  el.toggleAttribute('data-low', s <= 300);
                  if (s <= 0) { clearInterval(el._timer); view.$server.timeUp(); }
                };
                tick();
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
        // The exam session is already over on the server (every call of this browser is refused from now on), so
        // the browser's session is not torn down here: invalidating it while the page is on its way to the exam
        // sign-in made a reload in between land on the staff sign-in instead. The next sign-in replaces it.
        getUI().ifPresent(ui -> ui.getPage().setLocation("exam-login?ended"));
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
