package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.Retry;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.delivery.RoomConsole;
import vn.thituyen.delivery.RoomConsole.RosterRow;
import vn.thituyen.delivery.RoomConsole.SittingInfo;
import vn.thituyen.delivery.InvigilationService;
import vn.thituyen.delivery.SealService;
import vn.thituyen.delivery.Sanction;
import vn.thituyen.delivery.domain.Sitting;
import vn.thituyen.identity.IdentityService.AccountSummary;

/**
 * The invigilator console: rooms and their computer sittings (prepare, open, close), the roster with one-time
 * passwords, check-in, live progress (pushed by the server every few seconds while the sitting is open), extra time, violations,
 * and the room's result sheet to sign.
 */
@Route(value = "sittings", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "INVIGILATOR", "ADMIN", "CHAIR"})
public class SittingsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(vn.thituyen.common.ClockConfiguration.ZONE);

    final Grid<SittingInfo> rooms = new Grid<>();
    final Grid<RosterRow> roster = new Grid<>();
    final HorizontalLayout actions = new HorizontalLayout();
    final VerticalLayout candidatePanel = new VerticalLayout();
    final IntegerField extraMinutes = new IntegerField();
    final TextField extraReason = new TextField();
    final Select<Sanction> sanction = new Select<>();
    final TextField violationText = new TextField();
    final TextField witnesses = new TextField();
    final TextField lateReason = new TextField();
    /** Check-in at the door: a USB barcode scanner types the admission ticket's QR code here (or the SBD), Enter. */
    final TextField checkInCode = new TextField();
    private final transient RoomConsole roomConsole;
    private final transient vn.thituyen.registration.RegistrationService registration;
    private final transient InvigilationService invigilation;
    private final transient CampaignInfo campaign;
    private final boolean secretary;
    private final boolean staffOnDuty;
    private final boolean chair;
    private transient SittingInfo selected;
    private final transient LiveConsoles liveConsoles;
    private final transient vn.thituyen.delivery.SittingPreparation preparation;
    private transient LiveConsoles.Console console;
    private boolean keepingCandidate;
    private final transient vn.thituyen.registration.FeeService fees;
    /** The candidates still owing the exam fee, read when a room is chosen (not at every live refresh). */
    private transient java.util.Set<String> unpaid = java.util.Set.of();
    final Paragraph unpaidWarning = new Paragraph();

    public SittingsView(RoomConsole roomConsole, InvigilationService invigilation, SealService seal,
            CampaignService campaigns, AuthenticationContext auth, LiveConsoles liveConsoles,
            vn.thituyen.registration.RegistrationService registration,
            vn.thituyen.delivery.SittingPreparation preparation, vn.thituyen.registration.FeeService fees,
            vn.thituyen.registration.RegistrationLists lists) {
        this.fees = fees;
        this.preparation = preparation;
        this.registration = registration;
        this.roomConsole = roomConsole;
        this.liveConsoles = liveConsoles;
        this.invigilation = invigilation;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        this.secretary = auth.hasRole("SECRETARY");
        this.chair = auth.hasRole("CHAIR");
        this.staffOnDuty = secretary || auth.hasRole("INVIGILATOR") || chair;
        setSizeFull();
        if (campaign == null) {
            return;
        }
        actions.setWrap(true);   // the room's facts take a line of their own; the controls wrap below them
        roomGrid();
        rosterGrid();
        candidateFields();
        unpaidWarning.setId("unpaid-warning");
        unpaidWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        unpaidWarning.setVisible(false);
        add(new H2(getTranslation("sittings.title")), new Paragraph(getTranslation("sittings.hint")), rooms, actions,
                unpaidWarning, roster, candidatePanel);
        if (!secretary && !chair && auth.hasRole("INVIGILATOR") && roomConsole.sittings(campaign.id()).isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sittings.noRoomAssigned"));
            none.setId("no-room-assigned");
            add(none);
        }
        roster.setVisible(staffOnDuty);
        if ((secretary || auth.hasRole("ADMIN")) && campaign.eligibleListPublished()) {
            // the hand-in list each room's candidates sign (danh sách ký nộp bài), a sheet per room
            add(vn.thituyen.common.ui.Downloads.file("ky-nop-bai-" + campaign.code() + ".xlsx",
                    vn.thituyen.registration.RegistrationLists.XLSX, () -> lists.roomSignatureListsXlsx(campaign.id()),
                    getTranslation("review.export.rooms"), "export-room-lists"));
        }
        if (secretary || chair) {
            add(new SealPanel(seal, campaign.id(), secretary));
        }
        refresh(null);
    }

    /** The campaign's rooms: name, candidates, the sitting's state. */
    private void roomGrid() {
        rooms.setId("rooms");
        rooms.addColumn(SittingInfo::roomName).setHeader(getTranslation("field.room"));
        rooms.addColumn(SittingInfo::candidates).setHeader(getTranslation("sittings.candidates"));
        rooms.addColumn(s -> s.status() == null ? getTranslation("sittings.none")
                : getTranslation("sitting." + s.status())).setHeader(getTranslation("field.status"));
        rooms.setAllRowsVisible(true);
        rooms.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
    }

    /** The room's candidates as the invigilator needs them at the door and during the paper. */
    private void rosterGrid() {
        roster.setId("roster");
        // many columns on a laptop's width: the cells and headers wrap rather than being cut
        roster.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        roster.addColumn(RosterRow::candidateNumber).setHeader(getTranslation("field.candidateNumber"))
                .setAutoWidth(true);
        roster.addColumn(RosterRow::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        roster.addColumn(r -> r.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .setHeader(getTranslation("field.dateOfBirth")).setAutoWidth(true).setFlexGrow(0);
        // the one-time password is read aloud or copied at the door: never cut off, whatever the screen's width
        roster.addColumn(RosterRow::oneTimePassword).setHeader(getTranslation("sittings.otp")).setKey("otp")
                .setAutoWidth(true).setFlexGrow(0);
        roster.addColumn(r -> r.checkedIn() ? "✓" : "").setHeader(getTranslation("sittings.checkedIn"));
        roster.addColumn(r -> getTranslation(r.connected() ? "sittings.online" : "sittings.offline"))
                .setHeader(getTranslation("sittings.connection"));
        roster.addColumn(r -> getTranslation("attempt." + r.status())).setHeader(getTranslation("field.status"));
        roster.addColumn(RosterRow::answered).setHeader(getTranslation("sittings.answered"));
        roster.addColumn(r -> r.extraMinutes() == 0 ? "" : "+" + r.extraMinutes())
                .setHeader(getTranslation("sittings.extra"));
        roster.addColumn(r -> r.sanctions().isEmpty() ? "" : String.join(", ", Arrays.stream(r.sanctions().split(","))
                .map(x -> getTranslation("sanction." + x)).toList())).setHeader(getTranslation("roomSheet.violations"))
                .setAutoWidth(true);
        roster.addColumn(r -> r.signedInAgainAt() == null ? ""
                : getTranslation("sittings.signedInAgain", HH_MM.format(r.signedInAgainAt())))
                .setHeader(getTranslation("sittings.session")).setAutoWidth(true);
        roster.addColumn(r -> r.lockedUntil() == null ? ""
                : getTranslation("sittings.lockedUntil", HH_MM.format(r.lockedUntil())))
                .setHeader(getTranslation("sittings.lockout")).setAutoWidth(true);
        // last, so the door's columns keep their places: who still owes the exam fee
        roster.addColumn(r -> unpaid.contains(r.candidateNumber()) ? getTranslation("sittings.feeUnpaid") : "")
                .setHeader(getTranslation("sittings.fee")).setAutoWidth(true);
        roster.setAllRowsVisible(true);
        roster.asSingleSelect().addValueChangeListener(e -> {
            if (!keepingCandidate) {
                showCandidate(e.getValue());
            }
        });
    }

    /** The fields of the panel for one candidate: extra time, a violation, a late start. */
    private void candidateFields() {
        extraMinutes.setLabel(getTranslation("sittings.extraMinutes"));
        extraMinutes.setId("extra-minutes");
        extraMinutes.setMin(1);
        extraMinutes.setMax(60);
        extraReason.setLabel(getTranslation("interview.reason"));
        extraReason.setId("extra-reason");
        sanction.setLabel(getTranslation("sittings.sanction"));
        sanction.setId("sanction");
        sanction.setItems(Sanction.values());
        sanction.setItemLabelGenerator(x -> x == null ? "" : getTranslation("sanction." + x));
        violationText.setLabel(getTranslation("sittings.violation"));
        violationText.setId("violation-text");
        violationText.setWidth("24em");
        witnesses.setLabel(getTranslation("sittings.witnesses"));
        witnesses.setId("witnesses");
        lateReason.setLabel(getTranslation("sittings.lateReason"));
        lateReason.setId("late-reason");
        lateReason.setWidth("24em");
        checkInCode.setLabel(getTranslation("sittings.code"));
        checkInCode.setPlaceholder(getTranslation("sittings.codeHint"));
        checkInCode.setId("check-in-code");
        checkInCode.setWidth("28em");
        checkInCode.setClearButtonVisible(true);
        // the error stays next to the field after it is cleared for the next scan
        checkInCode.setManualValidation(true);
        checkInCode.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> checkInByCode());
    }

    /** Checks in the candidate whose code was scanned or typed; the field is cleared for the next one. */
    void checkInByCode() {
        if (selected == null || selected.sittingId() == null) {
            return;
        }
        String code = checkInCode.getValue();
        checkInCode.clear();
        try {
            InvigilationService.CheckedIn who = Retry.transientFailures(
                    () -> invigilation.checkInByCode(selected.sittingId(), code));
            checkInCode.setInvalid(false);
            Notices.success(who.already() ? "sittings.alreadyCheckedIn"
                    : unpaid.contains(who.candidateNumber()) ? "sittings.checkedInByCodeUnpaid"
                    : "sittings.checkedInByCode", who.candidateNumber(), who.fullName());
            refreshRosterKeepingCandidate();
        } catch (vn.thituyen.common.DomainException ex) {
            checkInCode.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            checkInCode.setInvalid(true);
        }
        checkInCode.focus();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        console = liveConsoles.register(attachEvent.getUI(), this::liveRefresh);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        liveConsoles.unregister(console);
        console = null;
    }

    /** What the server pushes while a sitting is open: the roster's progress, connection and status. */
    void liveRefresh() {
        if (selected != null && selected.status() == Sitting.Status.OPEN) {
            refreshRosterKeepingCandidate();
        }
    }

    /**
     * The live refresh: new rows, but the chosen candidate stays chosen and the form being filled stays open
     * (setItems alone clears the grid's selection, which would close the panel at every push).
     */
    private void refreshRosterKeepingCandidate() {
        RosterRow chosen = roster.asSingleSelect().getValue();
        List<RosterRow> rows = roomConsole.roster(selected.sittingId());
        keepingCandidate = true;
        try {
            roster.setItems(rows);
            if (chosen != null) {
                rows.stream().filter(r -> r.attemptId() == chosen.attemptId()).findFirst().ifPresent(roster::select);
            }
        } finally {
            keepingCandidate = false;
        }
    }

    private void refresh(Long keepRoom) {
        var items = roomConsole.sittings(campaign.id());
        rooms.setItems(items);
        if (keepRoom != null) {
            items.stream().filter(s -> s.roomId() == keepRoom).findFirst().ifPresent(s -> {
                rooms.select(s);
                select(s);
            });
        }
    }

    private void select(SittingInfo s) {
        selected = s;
        actions.removeAll();
        candidatePanel.removeAll();
        roster.setItems();
        unpaidWarning.setVisible(false);
        if (s == null || !staffOnDuty) {
            return;
        }
        if (s.sittingId() == null) {
            if (secretary) {
                actions.add(action("sittings.prepare", "prepare-sitting", () -> preparation.prepareSitting(s.roomId()), s));
                addInvigilatorPanel(s);
            }
            return;
        }
        unpaid = Actions.fetch(() -> fees.unpaidCandidateNumbers(campaign.id())).orElse(java.util.Set.of());
        List<RosterRow> rows = roomConsole.roster(s.sittingId());
        roster.setItems(rows);
        warnOfUnpaid(rows);
        addInvigilatorPanel(s);
        boolean operates = secretary || !chair;
        // the secretary decides before the sitting opens whether candidates start only once checked in
        Checkbox checkInRule = new Checkbox(getTranslation("sittings.checkInRequired"), s.checkInRequired());
        checkInRule.setId("check-in-required");
        checkInRule.setEnabled(secretary && s.status() == Sitting.Status.PREPARED);
        checkInRule.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Actions.attempt(() -> {
                    Retry.transientFailures(() -> roomConsole.requireCheckIn(s.sittingId(), e.getValue()));
                    Notices.success("review.saved");
                });
                refresh(s.roomId());
            }
        });
        actions.add(checkInRule);
        if (operates && (s.status() == Sitting.Status.OPEN || s.status() == Sitting.Status.PAUSED)) {
            checkInCode.clear();
            checkInCode.setInvalid(false);
            Button byCode = new Button(getTranslation("sittings.checkIn"), e -> checkInByCode());
            byCode.setId("check-in-by-code");
            actions.add(row(checkInCode, byCode));
        }
        switch (s.status()) {
            case PREPARED -> {
                if (operates) {
                    actions.add(action("sittings.open", "open-sitting", () -> preparation.openSitting(s.sittingId()), s));
                }
            }
            case OPEN -> {
                actions.add(action("sittings.refresh", "refresh-roster", () -> { }, s));
                if (operates) {
                    actions.add(action("sittings.pause", "pause-sitting", () -> invigilation.pauseSitting(s.sittingId()),
                            s));
                    actions.add(closeButton(s));
                }
            }
            case PAUSED -> {
                if (operates) {
                    actions.add(action("sittings.resume", "resume-sitting",
                            () -> invigilation.resumeSitting(s.sittingId()), s));
                }
            }
            default -> { }
        }
        actions.add(vn.thituyen.common.ui.Downloads.pdf("bien-ban-" + s.roomName().replace(' ', '-') + ".pdf",
                () -> invigilation.roomSheetPdf(s.sittingId()), getTranslation("sittings.sheet"), "room-sheet"));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    /** Before and during the sitting: who of the room still owes the exam fee (TT 92/2021/TT-BTC), by name. */
    private void warnOfUnpaid(List<RosterRow> rows) {
        List<String> owing = rows.stream().filter(r -> unpaid.contains(r.candidateNumber()))
                .map(r -> r.candidateNumber() + " " + r.fullName()).toList();
        unpaidWarning.setText(owing.isEmpty() ? "" : getTranslation("sittings.unpaidWarning", owing.size(),
                String.join(", ", owing)));
        unpaidWarning.setVisible(!owing.isEmpty());
    }

    /** Who invigilates the room; the secretary assigns and takes off (an invigilator reaches only their rooms). */
    private void addInvigilatorPanel(SittingInfo s) {
        var assigned = invigilation.invigilators(s.roomId());
        Paragraph who = new Paragraph(getTranslation("sittings.invigilators", assigned.isEmpty()
                ? getTranslation("sittings.noInvigilator")
                : String.join(", ", assigned.stream().map(a -> a.fullName() + " (" + a.username() + ")").toList())));
        who.setId("room-invigilators");
        VerticalLayout facts = new VerticalLayout(who);
        facts.setPadding(false);
        facts.setSpacing(false);
        // the room's facts on their own line, full width; the controls wrap below them
        facts.setWidthFull();
        actions.add(facts);
        vn.thituyen.registration.RegistrationService.RoomInfo room = registration.room(s.roomId());
        if (room.venue() != null || room.startsAt() != null) {
            Paragraph where = new Paragraph(getTranslation("sittings.where",
                    room.venue() == null ? "–" : room.venue(), room.startsAt() == null ? "–" : room.startsAt()
                            .atZone(vn.thituyen.common.ClockConfiguration.ZONE)
                            .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))));
            where.setId("room-where");
            facts.add(where);
        }
        int required = invigilation.invigilatorsPerRoom(campaign.id());
        if (assigned.size() < required) {
            // the rule set's invigilators per room (two, TT 6/2020/TT-BNV): the sitting does not open before
            Paragraph two = new Paragraph(getTranslation("sittings.twoInvigilators", required, assigned.size()));
            two.setId("two-invigilators");
            two.addClassName("warning");
            facts.add(two);
        }
        if (!secretary) {
            return;
        }
        ComboBox<AccountSummary> pick = new ComboBox<>(getTranslation("sittings.invigilator"));
        pick.setId("invigilator-pick");
        pick.setItems(invigilation.invigilatorAccounts(campaign.id()));
        pick.setItemLabelGenerator(a -> a.fullName() + " (" + a.username() + ")");
        Button assign = new Button(getTranslation("sittings.assign"), e -> {
            if (pick.getValue() == null) {
                pick.setErrorMessage(getTranslation("validation.required"));
                pick.setInvalid(true);
                return;
            }
            long userId = pick.getValue().id();
            try {
                invigilation.assignInvigilator(s.roomId(), userId);
                Notices.success("sittings.assigned", pick.getValue().fullName(), s.roomName());
                refresh(s.roomId());
            } catch (FieldErrors ex) {
                Notices.showFieldErrors(ex, Map.of("invigilator", pick));
            }
        });
        assign.setId("assign-invigilator");
        Button unassign = new Button(getTranslation("sittings.unassign"), e -> {
            if (pick.getValue() != null) {
                invigilation.unassignInvigilator(s.roomId(), pick.getValue().id());
                Notices.success("sittings.unassigned", pick.getValue().fullName(), s.roomName());
                refresh(s.roomId());
            }
        });
        unassign.setId("unassign-invigilator");
        actions.add(row(pick, assign, unassign));
    }

    private void showCandidate(RosterRow r) {
        candidatePanel.removeAll();
        // the fields are reused from one candidate to the next: no errors left over from the one before
        List.<com.vaadin.flow.component.HasValidation>of(extraMinutes, extraReason, sanction, violationText,
                witnesses, lateReason).forEach(f -> f.setInvalid(false));
        if (r == null || selected == null || selected.status() != Sitting.Status.OPEN) {
            return;
        }
        candidatePanel.add(new H3(r.candidateNumber() + " – " + r.fullName()));
        if (!chair || secretary) {
            Button checkIn = new Button(getTranslation("sittings.checkIn"),
                    e -> run(() -> invigilation.checkIn(r.attemptId()), Map.of()));
            checkIn.setId("check-in");
            checkIn.setEnabled(!r.checkedIn());
            extraMinutes.clear();
            extraReason.clear();
            Button extra = new Button(getTranslation("sittings.grantExtra"), e -> run(() -> invigilation.grantExtraTime(
                    r.attemptId(), extraMinutes.getValue() == null ? 0 : extraMinutes.getValue(),
                    extraReason.getValue()), Map.of("minutes", extraMinutes, "reason", extraReason)));
            extra.setId("grant-extra");
            sanction.clear();
            violationText.clear();
            witnesses.clear();
            Button violation = new Button(getTranslation("sittings.recordViolation"), e -> run(
                    () -> invigilation.recordViolation(r.attemptId(), sanction.getValue(), violationText.getValue(),
                            witnesses.getValue()),
                    Map.of("sanction", sanction, "description", violationText, "witnesses", witnesses)));
            violation.setId("record-violation");
            violation.addThemeVariants(ButtonVariant.LUMO_ERROR);
            candidatePanel.add(checkIn, row(extraMinutes, extraReason, extra),
                    row(sanction, violationText, witnesses, violation));
            if (r.lockedUntil() != null) {
                // too many wrong one-time passwords: lifted once the invigilator has checked the candidate's ID
                Button lift = new Button(getTranslation("sittings.liftLockout"),
                        e -> run(() -> invigilation.liftSignInLockout(r.attemptId()), Map.of()));
                lift.setId("lift-lockout");
                lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                candidatePanel.addComponentAtIndex(1, lift);
            }
        }
        if (chair) {
            lateReason.clear();
            Button late = new Button(getTranslation("sittings.permitLate"),
                    e -> run(() -> invigilation.permitLateStart(r.attemptId(), lateReason.getValue()),
                            Map.of("reason", lateReason)));
            late.setId("permit-late");
            candidatePanel.add(row(lateReason, late));
        }
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void run(Runnable action, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        vn.thituyen.common.ui.Actions.run(action, "review.saved", fields, () -> {
            roster.setItems(roomConsole.roster(selected.sittingId()));
            candidatePanel.removeAll();
        });
    }

    /** Closing a sitting hands in every running part and lets nobody start again: it asks first. */
    private Button closeButton(SittingInfo s) {
        Button b = new Button(getTranslation("sittings.close"), e -> Confirm.ask("sittings.close",
                "sittings.close.confirm", new Object[] {s.roomName()}, "sittings.close", () -> {
                    Actions.attempt(() -> {
                        Retry.transientFailures(() -> roomConsole.closeSitting(s.sittingId()));
                        Notices.success("sittings.closed", s.roomName());
                        refresh(s.roomId());
                    });
                }));
        b.setId("close-sitting");
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }

    private Button action(String key, String id, Runnable run, SittingInfo s) {
        Button b = new Button(getTranslation(key), e -> Actions.attempt(() -> {
            Retry.transientFailures(run);
            refresh(s.roomId());
        }));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sittings");
    }
}
