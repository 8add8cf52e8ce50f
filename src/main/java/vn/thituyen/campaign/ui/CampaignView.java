package vn.thituyen.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thituyen.campaign.CampaignKind;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CampaignService.PositionInfo;
import vn.thituyen.campaign.CampaignSetupService;
import vn.thituyen.campaign.CampaignSetupService.CampaignDraft;
import vn.thituyen.campaign.CampaignSetupService.PositionDraft;
import vn.thituyen.campaign.CampaignStatus;
import vn.thituyen.campaign.EducationLevel;
import vn.thituyen.campaign.Language;
import vn.thituyen.campaign.LifecycleStep;
import vn.thituyen.campaign.PartKind;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.domain.ExamPlanRule;
import vn.thituyen.campaign.domain.PositionSheet;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Dates;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.common.ui.Uploads;

/**
 * One campaign: its details, its lifecycle steps, its positions (by form or from an Excel sheet) and each
 * position's exam plan. {@code campaign/new} creates one. ADMIN changes what the lifecycle still allows; SECRETARY
 * reads.
 */
@Route(value = "campaign", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SECRETARY"})
public class CampaignView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient CampaignService campaigns;
    private final transient CampaignSetupService setup;
    private final transient vn.thituyen.campaign.CampaignRules rules;
    private final transient vn.thituyen.campaign.CouncilService councils;
    private final transient vn.thituyen.identity.StaffAccountService staffAccounts;
    private final transient vn.thituyen.campaign.CampaignAccess access;
    private final transient vn.thituyen.campaign.JointAgencies jointAgencies;
    private final boolean admin;
    private final boolean secretary;
    private CampaignInfo campaign;
    private boolean editable;

    // the details form
    final TextField code = new TextField();
    final TextField name = new TextField();
    final Select<CampaignKind> kind = new Select<>();
    final Select<RuleSet> ruleSet = new Select<>();
    final TextField authority = new TextField();
    final DatePicker announcedOn = Dates.localised(new DatePicker());
    final TextField announcementPlace = new TextField();
    final DatePicker opensOn = Dates.localised(new DatePicker());
    final DatePicker closesOn = Dates.localised(new DatePicker());
    final Button save = new Button();

    final Grid<PositionInfo> positions = new Grid<>();
    final VerticalLayout importBox = new VerticalLayout();

    public CampaignView(CampaignService campaigns, CampaignSetupService setup,
            vn.thituyen.campaign.CampaignRules rules, vn.thituyen.campaign.CouncilService councils,
            vn.thituyen.identity.StaffAccountService staffAccounts, vn.thituyen.campaign.CampaignAccess access,
            AuthenticationContext auth, vn.thituyen.campaign.JointAgencies jointAgencies) {
        this.jointAgencies = jointAgencies;
        this.access = access;
        this.campaigns = campaigns;
        this.setup = setup;
        this.rules = rules;
        this.councils = councils;
        this.staffAccounts = staffAccounts;
        this.admin = auth.hasRole("ADMIN");
        this.secretary = auth.hasRole("SECRETARY");
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        if ("new".equals(parameter) && admin) {
            campaign = null;
            editable = true;
            add(new H2(getTranslation("campaign.create")));
            add(detailsForm(null));
            return;
        }
        try {
            campaign = campaigns.campaign(Long.parseLong(parameter));
            // a staff member without a seat in this campaign learns nothing of it, not even that it exists
            access.require(campaign.id());
        } catch (NumberFormatException | DomainException notFound) {
            add(new Paragraph(getTranslation("error.notFound")));
            return;
        }
        editable = admin && setup.isEditable(campaign.id());
        H2 title = new H2(campaign.code() + " – " + campaign.name());
        title.setId("campaign-title");
        Span status = CampaignsView.statusBadge(campaign);
        status.setId("campaign-status");
        add(title, new HorizontalLayout(status, new Span(getTranslation("ruleSet." + campaign.ruleSet()))));
        add(lifecycle());
        add(new H3(getTranslation("campaign.details")), detailsForm(setup.draftOf(campaign.id())));
        add(rulesSection());
        add(councilSection());
        add(boardsSection());
        add(positionsSection());
    }

    // ------------------------------------------------------------------ details

    private Component detailsForm(CampaignDraft d) {
        code.setLabel(getTranslation("campaign.code"));
        code.setId("campaign-code");
        code.setHelperText(getTranslation("campaign.code.hint"));
        code.setReadOnly(d != null);
        name.setLabel(getTranslation("campaign.name"));
        name.setId("campaign-name");
        kind.setLabel(getTranslation("campaign.kind"));
        kind.setId("campaign-kind");
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("campaign.kind." + k));
        ruleSet.setLabel(getTranslation("campaign.ruleSet"));
        ruleSet.setId("campaign-rule-set");
        ruleSet.setItemLabelGenerator(r -> getTranslation("ruleSet." + r));
        kind.addValueChangeListener(e -> {
            List<RuleSet> sets = e.getValue() == null ? List.of() : CampaignSetupService.ruleSetsFor(e.getValue());
            RuleSet keep = ruleSet.getValue();
            ruleSet.setItems(sets);
            ruleSet.setValue(sets.contains(keep) ? keep : sets.isEmpty() ? null : sets.get(sets.size() - 1));
        });
        authority.setLabel(getTranslation("campaign.authority"));
        authority.setId("campaign-authority");
        authority.setHelperText(getTranslation("campaign.authority.hint"));
        announcedOn.setLabel(getTranslation("campaign.announcedOn"));
        announcedOn.setId("campaign-announced-on");
        announcementPlace.setLabel(getTranslation("campaign.announcementPlace"));
        announcementPlace.setId("campaign-announcement-place");
        announcementPlace.setHelperText(getTranslation("campaign.announcementPlace.hint"));
        opensOn.setLabel(getTranslation("campaign.opensOn"));
        opensOn.setId("campaign-opens-on");
        closesOn.setLabel(getTranslation("campaign.closesOn"));
        closesOn.setId("campaign-closes-on");
        closesOn.setHelperText(getTranslation("campaign.window.hint"));
        // the window follows the announcement (30 days by the rule set) until the office sets it by hand
        announcedOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && ruleSet.getValue() != null) {
                LocalDate[] w = CampaignSetupService.defaultWindow(ruleSet.getValue(), e.getValue());
                opensOn.setValue(w[0]);
                closesOn.setValue(w[1]);
            }
        });
        if (d != null) {
            code.setValue(d.code());
            name.setValue(d.name());
            kind.setValue(d.kind());
            ruleSet.setValue(d.ruleSet());
            authority.setValue(d.authority() == null ? "" : d.authority());
            announcedOn.setValue(d.announcedOn());
            announcementPlace.setValue(d.announcementPlace() == null ? "" : d.announcementPlace());
            opensOn.setValue(d.opensOn());
            closesOn.setValue(d.closesOn());
        } else {
            kind.setValue(CampaignKind.CIVIL_SERVANT);
        }
        FormLayout form = new FormLayout(code, name, kind, ruleSet, authority, announcedOn, announcementPlace, opensOn,
                closesOn);
        form.setColspan(name, 2);
        form.setColspan(authority, 2);
        form.setColspan(announcementPlace, 2);
        for (Component f : List.of(name, kind, ruleSet, authority, announcedOn, announcementPlace, opensOn,
                closesOn)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(!editable);
        }
        save.setText(getTranslation(d == null ? "campaign.create" : "action.save"));
        save.setId("save-campaign");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        save.addClickListener(e -> saveDetails());
        VerticalLayout box = new VerticalLayout(form, save);
        box.setPadding(false);
        if (d != null && !editable) {
            box.addComponentAtIndex(0, new Paragraph(getTranslation(admin ? "campaign.locked" : "campaign.readOnly")));
        }
        return box;
    }

    private void saveDetails() {
        CampaignDraft d = new CampaignDraft(code.getValue(), name.getValue(), kind.getValue(), ruleSet.getValue(),
                authority.getValue(), announcedOn.getValue(), announcementPlace.getValue(), opensOn.getValue(),
                closesOn.getValue());
        try {
            if (campaign == null) {
                long id = setup.create(d);
                campaigns.choose(id);
                Notices.success("campaign.created", d.code().strip());
                UI.getCurrent().navigate(CampaignView.class, String.valueOf(id));
            } else {
                setup.edit(campaign.id(), d);
                Notices.success("campaign.saved");
                UI.getCurrent().refreshCurrentRoute(false);
            }
        } catch (FieldErrors errors) {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("code", code);
            fields.put("name", name);
            fields.put("kind", kind);
            fields.put("ruleSet", ruleSet);
            fields.put("authority", authority);
            fields.put("announcedOn", announcedOn);
            fields.put("announcementPlace", announcementPlace);
            fields.put("opensOn", opensOn);
            fields.put("closesOn", closesOn);
            Notices.showFieldErrors(errors, fields);
        }
    }

    // ------------------------------------------------------------------ the council

    /**
     * The recruitment council: 5 or 7 seats (chair, vice-chair, member-secretary, members); a member whose declared
     * relative is a candidate is refused a seat, and flagged if the relative applies or is declared later.
     */
    private Component councilSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("council");
        box.add(new H3(getTranslation("council.title")));
        vn.thituyen.campaign.CouncilService.Council council = councils.council(campaign.id());
        Paragraph state = new Paragraph(council.gaps().isEmpty() ? getTranslation("council.complete")
                : getTranslation("council.incomplete", council.gaps().stream().map(this::getTranslation)
                        .collect(Collectors.joining(" "))));
        state.setId("council-state");
        box.add(state);
        Grid<vn.thituyen.campaign.CouncilService.Seat> seats = new Grid<>();
        seats.setId("council-seats");
        seats.addColumn(x -> getTranslation("councilRole." + x.role())).setHeader(getTranslation("council.role"))
                .setAutoWidth(true);
        seats.addColumn(x -> x.fullName() + " (" + x.username() + ")").setHeader(getTranslation("field.fullName"));
        seats.addColumn(x -> x.conflicts().isEmpty() ? "" : getTranslation("council.conflict", x.conflicts().stream()
                .map(r -> r.fullName() + " – " + getTranslation("relation." + r.relation()))
                .collect(Collectors.joining("; ")))).setHeader(getTranslation("council.conflicts"));
        if (admin) {
            seats.addComponentColumn(x -> {
                Button remove = new Button(getTranslation("council.unseat"), e -> Confirm.ask("council.unseat",
                        "council.unseat.confirm", new Object[] {x.fullName(), getTranslation("councilRole." + x.role())},
                        "council.unseat", () -> {
                            councils.unseat(campaign.id(), x.id());
                            Notices.success("council.unseated", x.fullName());
                            UI.getCurrent().refreshCurrentRoute(false);
                        }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setId("unseat-" + x.id());
                return remove;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        seats.setItems(council.seats());
        seats.setAllRowsVisible(true);
        box.add(seats);
        if (admin) {
            List<vn.thituyen.identity.StaffAccountService.StaffAccount> staff = staffAccounts.staff().stream()
                    .filter(vn.thituyen.identity.StaffAccountService.StaffAccount::enabled).toList();
            com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.StaffAccountService.StaffAccount> member =
                    new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("council.member"));
            member.setId("council-member");
            member.setItems(staff);
            member.setItemLabelGenerator(a -> a.fullName() + " (" + a.username() + ")");
            member.setWidth("24em");
            Select<vn.thituyen.campaign.CouncilRole> role = new Select<>();
            role.setLabel(getTranslation("council.role"));
            role.setId("council-role");
            role.setItems(vn.thituyen.campaign.CouncilRole.values());
            role.setItemLabelGenerator(r -> getTranslation("councilRole." + r));
            Button seat = new Button(getTranslation("council.seat"), e -> {
                if (member.getValue() == null) {
                    member.setErrorMessage(getTranslation("validation.required"));
                    member.setInvalid(true);
                    return;
                }
                try {
                    councils.seat(campaign.id(), member.getValue().id(), role.getValue());
                    Notices.success("council.seated", member.getValue().fullName());
                    UI.getCurrent().refreshCurrentRoute(false);
                } catch (FieldErrors errors) {
                    Notices.showFieldErrors(errors, Map.of("member", member, "role", role));
                } catch (DomainException refused) {
                    member.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                    member.setInvalid(true);
                    Notices.error(refused);
                }
            });
            seat.setId("council-seat");
            HorizontalLayout add = new HorizontalLayout(member, role, seat);
            add.setAlignItems(Alignment.BASELINE);
            box.add(add);
        }
        if (admin || secretary) {
            Button declare = new Button(getTranslation("council.declare"), e -> openRelative());
            declare.setId("declare-relative");
            box.add(declare);
        }
        return box;
    }

    /** A relative declared for a staff member (the member's own declaration, recorded by the office). */
    private void openRelative() {
        Dialog d = new Dialog();
        d.setId("relative-dialog");
        d.setHeaderTitle(getTranslation("council.declare"));
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.campaign.CouncilService.Seat> who =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("council.member"));
        who.setId("relative-member");
        // everyone who serves the campaign: council seats and board members, once each
        Map<Long, vn.thituyen.campaign.CouncilService.Seat> serving = new LinkedHashMap<>();
        councils.council(campaign.id()).seats().forEach(x -> serving.putIfAbsent(x.userId(), x));
        councils.boards(campaign.id()).forEach(b -> serving.putIfAbsent(b.userId(),
                new vn.thituyen.campaign.CouncilService.Seat(b.id(), b.userId(), b.username(), b.fullName(), null,
                        List.of())));
        who.setItems(serving.values());
        who.setItemLabelGenerator(x -> x.fullName() + " (" + x.username() + ")");
        TextField citizenId = new TextField(getTranslation("field.citizenId"));
        citizenId.setId("relative-citizen-id");
        TextField fullName = new TextField(getTranslation("field.fullName"));
        fullName.setId("relative-name");
        Select<vn.thituyen.campaign.Relation> relation = new Select<>();
        relation.setLabel(getTranslation("council.relation"));
        relation.setId("relative-relation");
        relation.setItems(vn.thituyen.campaign.Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation("relation." + r));
        d.add(new Paragraph(getTranslation("council.declare.hint")), new FormLayout(who, citizenId, fullName,
                relation));
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (who.getValue() == null) {
                who.setErrorMessage(getTranslation("validation.required"));
                who.setInvalid(true);
                return;
            }
            try {
                councils.declareRelative(campaign.id(), who.getValue().userId(), citizenId.getValue(),
                        fullName.getValue(), relation.getValue());
                d.close();
                Notices.success("council.declared");
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (FieldErrors errors) {
                Notices.showFieldErrors(errors, Map.of("citizenId", citizenId, "fullName", fullName, "relation",
                        relation));
            }
        });
        ok.setId("relative-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    // ------------------------------------------------------------------ the boards

    /**
     * The council's boards (form review, questions, invigilation, anonymisation, marking, interview per position or
     * for all, appeals, supervision): who sits on which, the head, and any declared relative among the candidates the
     * board touches. A seat on a board (or the council) is what lets a staff member see this campaign at all.
     */
    private Component boardsSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("boards");
        box.add(new H3(getTranslation("board.title")), new Paragraph(getTranslation("board.hint")));
        box.add(boardMembersGrid());
        if (admin) {
            box.add(boardSeatForm());
        }
        return box;
    }

    /** Who sits on which board, the head, and the relatives declared among the candidates the board touches. */
    private Grid<vn.thituyen.campaign.CouncilService.BoardMember> boardMembersGrid() {
        Grid<vn.thituyen.campaign.CouncilService.BoardMember> grid = new Grid<>();
        grid.setId("board-members");
        grid.addColumn(x -> getTranslation("board." + x.board())).setHeader(getTranslation("board.board"))
                .setAutoWidth(true);
        grid.addColumn(x -> x.fullName() + " (" + x.username() + ")").setHeader(getTranslation("field.fullName"))
                .setAutoWidth(true);
        grid.addColumn(x -> x.positionCode() == null ? getTranslation("board.allPositions") : x.positionCode())
                .setHeader(getTranslation("board.position")).setAutoWidth(true);
        grid.addColumn(x -> x.head() ? getTranslation("board.head") : getTranslation("board.member"))
                .setHeader(getTranslation("board.seat")).setAutoWidth(true);
        grid.addColumn(x -> x.conflicts().isEmpty() ? "" : getTranslation("council.conflict", x.conflicts().stream()
                .map(r -> r.fullName() + " – " + getTranslation("relation." + r.relation()))
                .collect(Collectors.joining("; ")))).setHeader(getTranslation("council.conflicts"));
        if (admin) {
            grid.addComponentColumn(x -> {
                Button remove = new Button(getTranslation("board.remove"), e -> Confirm.ask("board.remove",
                        "board.remove.confirm", new Object[] {x.fullName(), getTranslation("board." + x.board())},
                        "board.remove", () -> {
                            councils.leaveBoard(campaign.id(), x.id());
                            Notices.success("board.removed", x.fullName());
                            UI.getCurrent().refreshCurrentRoute(false);
                        }));
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setId("board-remove-" + x.id());
                return remove;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(councils.boards(campaign.id()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The administrator seats a member on a board (per position where the board is), refused for a relative. */
    private HorizontalLayout boardSeatForm() {
        Select<vn.thituyen.campaign.BoardKind> board = new Select<>();
        board.setLabel(getTranslation("board.board"));
        board.setId("board-kind");
        board.setItems(vn.thituyen.campaign.BoardKind.values());
        board.setItemLabelGenerator(k -> getTranslation("board." + k));
        board.setWidth("20em");
        List<vn.thituyen.identity.StaffAccountService.StaffAccount> staff = staffAccounts.staff().stream()
                .filter(vn.thituyen.identity.StaffAccountService.StaffAccount::enabled).toList();
        com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.StaffAccountService.StaffAccount> member =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("board.member"));
        member.setId("board-member");
        member.setItemLabelGenerator(a -> a.fullName() + " (" + a.username() + ", "
                + getTranslation("role." + a.role()) + ")");
        member.setWidth("24em");
        member.setItems(staff);
        com.vaadin.flow.component.combobox.ComboBox<PositionInfo> position =
                new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("board.position"));
        position.setId("board-position");
        position.setItems(campaigns.positions(campaign.id()));
        position.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        position.setPlaceholder(getTranslation("board.allPositions"));
        position.setClearButtonVisible(true);
        position.setVisible(false);
        board.addValueChangeListener(e -> {
            // only the accounts that can do this board's work are offered
            member.setItems(e.getValue() == null ? staff : staff.stream().filter(a ->
                    vn.thituyen.campaign.domain.BoardRule.accepts(e.getValue(), a.role())).toList());
            position.setVisible(e.getValue() != null && e.getValue().perPosition());
            if (!position.isVisible()) {
                position.clear();
            }
        });
        Checkbox head = new Checkbox(getTranslation("board.head"));
        head.setId("board-head");
        Button add = new Button(getTranslation("board.add"), e -> {
            if (board.getValue() == null || member.getValue() == null) {
                if (board.getValue() == null) {
                    board.setErrorMessage(getTranslation("validation.required"));
                    board.setInvalid(true);
                }
                if (member.getValue() == null) {
                    member.setErrorMessage(getTranslation("validation.required"));
                    member.setInvalid(true);
                }
                return;
            }
            try {
                councils.seatOnBoard(campaign.id(), board.getValue(), member.getValue().id(),
                        position.getValue() == null ? null : position.getValue().id(), head.getValue());
                Notices.success("board.added", member.getValue().fullName(),
                        getTranslation("board." + board.getValue()));
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (FieldErrors errors) {
                Notices.showFieldErrors(errors, Map.of("board", board, "member", member, "position", position,
                        "head", member));
            } catch (DomainException refused) {
                // a declared relative among the board's candidates: said next to the person chosen, and aloud
                member.setErrorMessage(getTranslation(refused.messageKey(), refused.params()));
                member.setInvalid(true);
                Notices.error(refused);
            }
        });
        add.setId("board-add");
        HorizontalLayout row = new HorizontalLayout(board, member, position, head, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    // ------------------------------------------------------------------ the rule set

    /**
     * The campaign's rule set: what is not confirmed from the primary text is marked "(?)", and each option the set
     * offers is a setting of this campaign, changed with a reason (recorded with who and when).
     */
    private Component rulesSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("campaign-rules");
        box.add(new H3(getTranslation("campaign.rules")));
        RuleSet.Parameters p = rules.rules(campaign.id());
        box.add(new Paragraph(getTranslation("campaign.rules.summary", getTranslation("ruleSet." + campaign.ruleSet()),
                p.round2().passMark().stripTrailingZeros().toPlainString(), p.registrationWindowDays(),
                p.invigilatorsPerRoom())));
        Paragraph written = new Paragraph(getTranslation("campaign.rules.written",
                p.written().tolerance().stripTrailingZeros().toPlainString(),
                getTranslation("campaign.rules.escalation." + p.written().escalation()), p.written().appealWindowDays(),
                new vn.thituyen.common.Numbers(getLocale()).money(p.written().appealFeeVnd())));
        written.setId("rules-written");
        box.add(written);
        if (p.leadership() == null) {
            Paragraph winners = new Paragraph(getTranslation("campaign.rules.winners", p.winners().completionDays(),
                    p.winners().checklist().stream().map(i -> getTranslation("dossierItem." + i))
                            .collect(Collectors.joining("; ")), p.winners().barCampaigns()));
            winners.setId("rules-winners");
            box.add(winners);
        }
        if (!p.unconfirmed().isEmpty()) {
            Paragraph unconfirmed = new Paragraph(getTranslation("campaign.rules.unconfirmed", p.unconfirmed().stream()
                    .sorted().map(x -> getTranslation("ruleSet.param." + x)).collect(Collectors.joining("; "))));
            unconfirmed.setId("rules-unconfirmed");
            box.add(unconfirmed);
        }
        for (vn.thituyen.campaign.CampaignRules.OptionState o : rules.options(campaign.id())) {
            Checkbox option = new Checkbox(getTranslation("ruleSet.option." + o.option())
                    + (o.unconfirmed() ? " " + getTranslation("ruleSet.unconfirmed") : ""));
            option.setId("option-" + o.option());
            option.setValue(o.enabled());
            option.setHelperText(getTranslation("ruleSet.option." + o.option() + ".help")
                    + (o.reason() == null ? "" : " " + getTranslation("campaign.rules.chosen", o.chosenBy(), o.reason())));
            option.setReadOnly(!admin || campaign.resultsLocked());
            option.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    askOptionReason(o.option(), e.getValue(), option);
                }
            });
            box.add(option);
        }
        return box;
    }

    private void askOptionReason(RuleSet.Option option, boolean enabled, Checkbox box) {
        askReason("option", getTranslation("ruleSet.option." + option),
                getTranslation(enabled ? "campaign.rules.turnOn" : "campaign.rules.turnOff"), "campaign.rules.reason",
                getTranslation("action.save"), false, reason -> {
                    rules.setOption(campaign.id(), option, enabled, reason);
                    Notices.success("campaign.rules.saved");
                }, () -> box.setValue(!enabled));   // nothing changed
    }

    // ------------------------------------------------------------------ lifecycle

    private Component lifecycle() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("lifecycle");
        box.add(new H3(getTranslation("campaign.lifecycle")));
        Paragraph where = new Paragraph(getTranslation("campaign.status.hint." + campaign.status()));
        where.setId("lifecycle-hint");
        box.add(where);
        LifecycleStep next = Arrays.stream(LifecycleStep.values())
                .filter(s -> s.manual() && s.from().contains(campaign.status())).findFirst().orElse(null);
        if (next != null && admin) {
            Button take = new Button(getTranslation("campaign.step." + next), e -> takeStep(next));
            take.setId("take-step");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(take);
        }
        List<CampaignService.StepInfo> history = campaigns.history(campaign.id());
        if (!history.isEmpty()) {
            Grid<CampaignService.StepInfo> steps = new Grid<>();
            steps.setId("lifecycle-history");
            steps.addColumn(s -> getTranslation("campaign.status." + s.to()))
                    .setHeader(getTranslation("campaign.status")).setAutoWidth(true);
            steps.addColumn(s -> s.at().atZone(CampaignSetupService.ZONE).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                    .setHeader(getTranslation("campaign.step.at")).setAutoWidth(true);
            steps.addColumn(CampaignService.StepInfo::by).setHeader(getTranslation("campaign.step.by"))
                    .setAutoWidth(true);
            steps.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader(getTranslation("campaign.step.reason"));
            steps.setItems(history);
            steps.setAllRowsVisible(true);
            box.add(steps);
        }
        return box;
    }

    private void takeStep(LifecycleStep step) {
        CampaignService.StepCheck check = campaigns.check(campaign.id(), step);
        if (check.refusal() != null) {
            Notices.error(new DomainException(check.refusal(), getTranslation("campaign.status." + campaign.status())));
            return;
        }
        Object[] params = {campaign.code(),
                campaign.registrationOpensAt().atZone(CampaignSetupService.ZONE).format(CampaignsView.DATE),
                campaign.registrationClosesAt().minusNanos(1).atZone(CampaignSetupService.ZONE)
                        .format(CampaignsView.DATE)};
        if (!check.reasonRequired()) {
            Confirm.ask("campaign.step." + step, "campaign.step." + step + ".confirm", params,
                    "campaign.step." + step, () -> {
                        campaigns.take(campaign.id(), step, null);
                        Notices.success("campaign.step.done", getTranslation("campaign.status." + step.to()));
                        UI.getCurrent().refreshCurrentRoute(false);
                    });
            return;
        }
        // closing registration before the announced end: the decision's reason is recorded with the step
        askReason("step", getTranslation("campaign.step." + step),
                getTranslation("campaign.step." + step + ".early", params), "campaign.step.reason",
                getTranslation("campaign.step." + step), true, reason -> {
                    campaigns.take(campaign.id(), step, reason);
                    Notices.success("campaign.step.done", getTranslation("campaign.status." + step.to()));
                }, () -> { });
    }

    /**
     * A question that needs a reason before it is done (a decision's reference, the basis of a rule option): the
     * reason's errors show next to it; "cancel" runs {@code onCancel} and changes nothing.
     */
    private void askReason(String id, String title, String text, String reasonLabel, String confirm,
            boolean irreversible, java.util.function.Consumer<String> onReason, Runnable onCancel) {
        Dialog d = new Dialog();
        d.setId(id + "-dialog");
        d.setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation(reasonLabel));
        reason.setId(id + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        d.add(new Paragraph(text), reason);
        Button ok = new Button(confirm, e -> {
            try {
                onReason.accept(reason.getValue());
                d.close();
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (FieldErrors errors) {
                Notices.showFieldErrors(errors, Map.of("reason", reason));
            }
        });
        ok.setId(id + "-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (irreversible) {
            ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> {
            onCancel.run();
            d.close();
        });
        d.getFooter().add(cancel, ok);
        d.open();
    }

    // ------------------------------------------------------------------ positions

    private Component positionsSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("position.title")));
        positions.setId("positions");
        positions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        positions.addColumn(PositionInfo::code).setHeader(getTranslation("position.code")).setAutoWidth(true)
                .setFlexGrow(0);
        positions.addColumn(PositionInfo::name).setHeader(getTranslation("position.name")).setFlexGrow(3);
        positions.addColumn(this::agencyOf).setHeader(getTranslation("position.agency")).setFlexGrow(2)
                .setKey("agency");
        positions.addColumn(PositionInfo::quota).setHeader(getTranslation("position.quota")).setAutoWidth(true)
                .setFlexGrow(0);
        positions.addColumn(p -> getTranslation("education." + p.minEducation()))
                .setHeader(getTranslation("position.minEducation")).setFlexGrow(1);
        positions.addColumn(this::planSummary).setHeader(getTranslation("plan.round2.short")).setFlexGrow(1);
        positions.addComponentColumn(p -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button plan = new Button(getTranslation("plan.open"), e -> openPlan(p));
            plan.setId("plan-" + p.code());
            plan.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(plan);
            if (editable) {
                Button edit = new Button(getTranslation("action.edit"), e -> openPosition(p));
                edit.setId("edit-" + p.code());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button remove = new Button(getTranslation("action.delete"), e -> Confirm.ask("position.remove",
                        "position.remove.confirm", new Object[] {p.code(), p.name()}, "action.delete", () -> {
                            setup.removePosition(campaign.id(), p.id());
                            Notices.success("position.removed", p.code());
                            refreshPositions();
                        }));
                remove.setId("remove-" + p.code());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                actions.add(edit, remove);
            }
            return actions;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        positions.setAllRowsVisible(true);
        refreshPositions();
        if (editable) {
            Button add = new Button(getTranslation("position.add"), e -> openPosition(null));
            add.setId("add-position");
            box.add(new HorizontalLayout(add));
        }
        box.add(positions);
        if (editable) {
            box.add(importSection());
        }
        return box;
    }

    /** The agency; for a joint position each agency with its places. */
    private String agencyOf(PositionInfo p) {
        List<vn.thituyen.campaign.JointAgency> joint = jointAgencies.of(p.id());
        return joint.isEmpty() ? p.agency() : getTranslation("position.joint.summary", joint.stream()
                .map(a -> a.name() + " (" + a.places() + ")").collect(Collectors.joining("; ")));
    }

    private String planSummary(PositionInfo p) {
        return setup.plan(p.id()).round2().stream().map(x -> getTranslation("partKind." + x.kind())
                + (x.weightPercent() < 100 ? " " + x.weightPercent() + "%" : "")).collect(Collectors.joining(" + "));
    }

    private void refreshPositions() {
        positions.setItems(campaigns.positions(campaign.id()));
    }

    private void openPosition(PositionInfo p) {
        Dialog d = new Dialog();
        d.setId("position-dialog");
        d.setHeaderTitle(getTranslation(p == null ? "position.add" : "position.edit"));
        TextField pCode = new TextField(getTranslation("position.code"));
        pCode.setId("position-code");
        TextField pName = new TextField(getTranslation("position.name"));
        pName.setId("position-name");
        TextField pAgency = new TextField(getTranslation("position.agency"));
        pAgency.setId("position-agency");
        IntegerField pQuota = new IntegerField(getTranslation("position.quota"));
        pQuota.setId("position-quota");
        pQuota.setMin(1);
        pQuota.setStepButtonsVisible(true);
        Select<EducationLevel> pEducation = new Select<>();
        pEducation.setLabel(getTranslation("position.minEducation"));
        pEducation.setId("position-education");
        pEducation.setItems(EducationLevel.values());
        pEducation.setItemLabelGenerator(l -> getTranslation("education." + l));
        TextArea pMajors = new TextArea(getTranslation("position.majors"));
        pMajors.setId("position-majors");
        CheckboxGroup<Language> pLanguages = new CheckboxGroup<>(getTranslation("position.languages"));
        pLanguages.setId("position-languages");
        pLanguages.setItems(Language.values());
        pLanguages.setItemLabelGenerator(l -> getTranslation("language." + l));
        Checkbox pLangExempt = new Checkbox(getTranslation("position.languageExemption"));
        pLangExempt.setId("position-language-exemption");
        Checkbox pItExempt = new Checkbox(getTranslation("position.itExemption"));
        pItExempt.setId("position-it-exemption");
        // a joint position (ND 170/2025/NĐ-CP): its agencies with their places; the quota is their sum
        boolean jointAllowed = vn.thituyen.campaign.JointAgencies.allowed(campaign.ruleSet());
        TextArea pAgencies = new TextArea(getTranslation("position.joint.agencies"));
        pAgencies.setId("position-agencies");
        pAgencies.setHelperText(getTranslation("position.joint.helper"));
        pAgencies.setPlaceholder("Sở Tư pháp: 2\nSở Tài chính: 1");
        pAgencies.setVisible(jointAllowed);
        pAgencies.addValueChangeListener(e -> pQuota.setReadOnly(!e.getValue().isBlank()));
        if (p != null) {
            pCode.setValue(p.code());
            pCode.setReadOnly(true);
            pName.setValue(p.name());
            pAgency.setValue(p.agency());
            pQuota.setValue(p.quota());
            pEducation.setValue(p.minEducation());
            pMajors.setValue(p.majors() == null ? "" : p.majors());
            pLanguages.setValue(p.languages());
            pLangExempt.setValue(p.languageExemption());
            pItExempt.setValue(p.itExemption());
            pAgencies.setValue(setup.agencyText(p.id()));
        } else {
            pEducation.setValue(EducationLevel.BACHELOR);
            pLanguages.setValue(EnumSet.of(Language.ENGLISH));
            pLangExempt.setValue(true);
            pItExempt.setValue(true);
        }
        FormLayout form = new FormLayout(pCode, pName, pAgency, pQuota, pEducation, pMajors, pLanguages, pLangExempt,
                pItExempt, pAgencies);
        form.setColspan(pAgencies, 2);
        form.setColspan(pName, 2);
        form.setColspan(pAgency, 2);
        form.setColspan(pMajors, 2);
        form.setColspan(pLanguages, 2);
        d.add(form);
        d.setWidth("min(95vw, 48em)");
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                setup.savePosition(campaign.id(), p == null ? null : p.id(), new PositionDraft(pCode.getValue(),
                        pName.getValue(), pAgency.getValue(), pQuota.getValue(), pEducation.getValue(),
                        pMajors.getValue(), pLanguages.getValue(), pLangExempt.getValue(), pItExempt.getValue()),
                        jointAllowed ? pAgencies.getValue() : null);
                d.close();
                Notices.success("position.saved", pCode.getValue().strip());
                refreshPositions();
            } catch (FieldErrors errors) {
                Map<String, HasValidation> fields = new LinkedHashMap<>();
                fields.put("code", pCode);
                fields.put("name", pName);
                fields.put("agency", pAgency);
                fields.put("quota", pQuota);
                fields.put("minEducation", pEducation);
                fields.put("majors", pMajors);
                fields.put("languages", pLanguages);
                fields.put("agencies", pAgencies);
                Notices.showFieldErrors(errors, fields);
            }
        });
        ok.setId("save-position");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    // ------------------------------------------------------------------ Excel import

    private Component importSection() {
        importBox.setPadding(false);
        importBox.setId("position-import");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("position-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        VerticalLayout result = new VerticalLayout();
        result.setPadding(false);
        result.setId("import-result");
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                showPreview(result, in.readAllBytes(), e.getFileName());
            } catch (IOException ex) {
                Notices.error(new DomainException("import.positions.unreadable"));
            }
            upload.clearFileList();
        });
        com.vaadin.flow.server.StreamResource template = new com.vaadin.flow.server.StreamResource(
                "mau-chi-tieu-vi-tri.xlsx", () -> new java.io.ByteArrayInputStream(PositionSheet.template()));
        template.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        com.vaadin.flow.component.html.Anchor templateLink = new com.vaadin.flow.component.html.Anchor(template,
                getTranslation("position.import.template"));
        templateLink.setId("position-template");
        templateLink.getElement().setAttribute("download", true);
        importBox.add(new H3(getTranslation("position.import")), new Paragraph(getTranslation("position.import.hint")),
                templateLink, upload, result);
        return importBox;
    }

    /** Shows what the sheet would create, or every problem with its row; nothing is saved until confirmed. */
    void showPreview(VerticalLayout result, byte[] file, String fileName) {
        result.removeAll();
        CampaignSetupService.ImportPreview preview = setup.previewImport(campaign.id(), file);
        if (!preview.ok()) {
            Paragraph head = new Paragraph(getTranslation("import.positions.refused", preview.problems().size()));
            head.setId("import-refused");
            Grid<PositionSheet.Problem> problems = new Grid<>();
            problems.setId("import-problems");
            problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row()))
                    .setHeader(getTranslation("import.row")).setAutoWidth(true);
            problems.addColumn(p -> getTranslation(p.key(), p.key().endsWith("missingColumn")
                    ? getTranslation("position.column." + p.detail()) : p.detail())).setHeader(getTranslation("import.problem"));
            problems.setItems(preview.problems());
            problems.setAllRowsVisible(true);
            result.add(head, problems);
            return;
        }
        Grid<PositionSheet.Row> rows = new Grid<>();
        rows.setId("import-preview");
        rows.addColumn(PositionSheet.Row::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
        rows.addColumn(PositionSheet.Row::code).setHeader(getTranslation("position.code")).setAutoWidth(true);
        rows.addColumn(PositionSheet.Row::name).setHeader(getTranslation("position.name"));
        rows.addColumn(PositionSheet.Row::agency).setHeader(getTranslation("position.agency"));
        rows.addColumn(PositionSheet.Row::quota).setHeader(getTranslation("position.quota")).setAutoWidth(true);
        rows.addColumn(r -> getTranslation("education." + r.education()))
                .setHeader(getTranslation("position.minEducation")).setAutoWidth(true);
        rows.setItems(preview.rows());
        rows.setAllRowsVisible(true);
        Button take = new Button(getTranslation("import.positions.take", preview.rows().size()), e -> {
            try {
                int n = setup.importPositions(campaign.id(), file, fileName);
                result.removeAll();
                Notices.success("import.positions.done", n);
                refreshPositions();
            } catch (CampaignSetupService.ImportRefused refused) {
                showPreview(result, file, fileName);
            }
        });
        take.setId("import-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.add(new Paragraph(getTranslation("import.positions.preview", preview.rows().size(), fileName)), rows,
                take);
    }

    // ------------------------------------------------------------------ exam plan

    private void openPlan(PositionInfo p) {
        CampaignSetupService.PlanInfo plan = setup.plan(p.id());
        Dialog d = new Dialog();
        d.setId("plan-dialog");
        d.setHeaderTitle(getTranslation("plan.title", p.code(), p.name()));
        d.setWidth("min(95vw, 60em)");
        d.add(new H3(getTranslation("plan.round1")));
        for (RuleSet.Round1Part r1 : plan.round1()) {
            d.add(new Paragraph(getTranslation("plan.round1.part", r1.number(), getTranslation("subject." + r1.subject()),
                    r1.questionCount(), r1.durationMinutes())));
        }
        d.add(new Paragraph(getTranslation("plan.round1.fixed", getTranslation("ruleSet." + plan.ruleSet()))));
        d.add(new H3(getTranslation("plan.round2")));
        RuleSet.Parameters p2 = plan.ruleSet().parameters();
        d.add(new Paragraph(getTranslation("plan.round2.pass", p2.round2().passMark().stripTrailingZeros()
                .toPlainString(), p2.round2().partMinimumFraction().signum() == 0 ? ""
                        : getTranslation("plan.round2.partMinimum", p2.round2().partMinimumFraction()
                                .movePointRight(2).stripTrailingZeros().toPlainString()))));
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setId("plan-parts");
        List<PartRow> partRows = new ArrayList<>();
        Paragraph planError = new Paragraph();
        planError.setId("plan-error");
        planError.addClassName("error-text");
        planError.setVisible(false);
        boolean canEdit = editable;
        for (ExamPlanRule.Part part : plan.round2()) {
            addPartRow(rows, partRows, plan.limits(), part, canEdit);
        }
        d.add(rows, planError);
        if (canEdit) {
            Button addPart = new Button(getTranslation("plan.addPart"), e -> addPartRow(rows, partRows, plan.limits(),
                    null, true));
            addPart.setId("plan-add-part");
            d.add(addPart);
            if (!plan.limits().fixedWeights().isEmpty()) {
                d.add(new Paragraph(getTranslation("plan.fixedWeights", plan.limits().fixedWeights().entrySet().stream()
                        .map(w -> getTranslation("partKind." + w.getKey()) + " " + w.getValue() + "%")
                        .collect(Collectors.joining(", ")))));
            }
            Button ok = new Button(getTranslation("action.save"), e -> {
                List<ExamPlanRule.Part> parts = new ArrayList<>();
                boolean typed = true;
                for (PartRow r : partRows) {
                    var max = r.max.score();
                    var pass = r.pass.getValue().isBlank() ? java.util.Optional.<java.math.BigDecimal>empty()
                            : r.pass.score();
                    typed &= max.isPresent() && (r.pass.getValue().isBlank() || pass.isPresent());
                    parts.add(new ExamPlanRule.Part(r.kind.getValue(), r.minutes.getValue() == null ? 0
                            : r.minutes.getValue(), max.orElse(null), r.weight.getValue() == null ? 0
                            : r.weight.getValue(), pass.orElse(null)));
                }
                if (!typed) {
                    return;
                }
                try {
                    setup.savePlan(p.id(), parts);
                    d.close();
                    Notices.success("plan.saved", p.code());
                    refreshPositions();
                } catch (CampaignSetupService.PlanRefused refused) {
                    showPlanProblems(refused.problems(), partRows, planError);
                }
            });
            ok.setId("save-plan");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        } else {
            d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        }
        d.open();
    }

    /** One round-2 part being edited. */
    private record PartRow(Select<PartKind> kind, IntegerField minutes, ScoreField max, IntegerField weight,
            ScoreField pass, HorizontalLayout line) {
    }

    private void addPartRow(VerticalLayout rows, List<PartRow> partRows, ExamPlanRule.Limits limits,
            ExamPlanRule.Part part, boolean canEdit) {
        int n = partRows.size() + 1;
        Select<PartKind> k = new Select<>();
        k.setLabel(getTranslation("plan.kind"));
        k.setId("plan-kind-" + n);
        k.setItems(limits.kinds().stream().sorted().toList());
        k.setItemLabelGenerator(x -> getTranslation("partKind." + x));
        IntegerField minutes = new IntegerField(getTranslation("plan.minutes"));
        minutes.setId("plan-minutes-" + n);
        minutes.setWidth("8em");
        ScoreField max = new ScoreField(getTranslation("plan.maxScore"), new java.math.BigDecimal("1000"), 2);
        max.setId("plan-max-" + n);
        IntegerField weight = new IntegerField(getTranslation("plan.weight"));
        weight.setId("plan-weight-" + n);
        weight.setWidth("8em");
        ScoreField pass = new ScoreField(getTranslation("plan.passMark"), new java.math.BigDecimal("1000"), 2);
        pass.setId("plan-pass-" + n);
        if (part != null) {
            k.setValue(part.kind());
            minutes.setValue(part.minutes());
            max.setScore(part.maxScore());
            weight.setValue(part.weightPercent());
            if (part.passMark() != null) {
                pass.setScore(part.passMark());
            }
        } else {
            minutes.setValue(30);
            max.setScore(new java.math.BigDecimal("100"));
            weight.setValue(100);
        }
        HorizontalLayout line = new HorizontalLayout(k, minutes, max, weight, pass);
        line.setAlignItems(Alignment.BASELINE);
        PartRow row = new PartRow(k, minutes, max, weight, pass, line);
        if (canEdit) {
            Button remove = new Button(getTranslation("plan.removePart"), e -> {
                partRows.remove(row);
                rows.remove(line);
            });
            remove.setId("plan-remove-" + n);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            line.add(remove);
        } else {
            k.setReadOnly(true);
            minutes.setReadOnly(true);
            max.setReadOnly(true);
            weight.setReadOnly(true);
            pass.setReadOnly(true);
        }
        partRows.add(row);
        rows.add(line);
    }

    private void showPlanProblems(List<ExamPlanRule.Problem> problems, List<PartRow> partRows, Paragraph planError) {
        for (PartRow r : partRows) {
            for (HasValidation f : List.of(r.kind, r.minutes, r.max, r.weight, r.pass)) {
                f.setInvalid(false);
            }
        }
        List<String> general = new ArrayList<>();
        for (ExamPlanRule.Problem problem : problems) {
            String text = getTranslation(problem.key());
            if (problem.part() == 0 || problem.part() > partRows.size()) {
                general.add(text);
                continue;
            }
            PartRow r = partRows.get(problem.part() - 1);
            HasValidation field = switch (problem.key()) {
                case "error.plan.minutes" -> r.minutes;
                case "error.plan.maxScore" -> r.max;
                case "error.plan.passMark" -> r.pass;
                case "error.plan.weight", "error.plan.fixedWeight" -> r.weight;
                default -> r.kind;
            };
            field.setErrorMessage(text);
            field.setInvalid(true);
        }
        planError.setText(String.join(" ", general));
        planError.setVisible(!general.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.create") : campaign.code() + " – " + campaign.name();
    }

    static String score(java.math.BigDecimal v) {
        return new Numbers(UI.getCurrent().getLocale()).score(v);
    }
}
