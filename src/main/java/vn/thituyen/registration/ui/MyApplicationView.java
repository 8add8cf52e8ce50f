package vn.thituyen.registration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.thituyen.common.Numbers;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.CampaignService.PositionInfo;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;
import vn.thituyen.registration.OwnResults;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.MyApplication;

/** The candidate's registration form (Phiếu đăng ký dự tuyển) and, once submitted, its status. */
@Route(value = "my-application", layout = MainLayout.class)
@RolesAllowed("CANDIDATE")
public class MyApplicationView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<PositionInfo> position = new ComboBox<>();
    final TextField fullName = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final TextField ethnicity = new TextField();
    final TextField citizenId = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final TextField address = new TextField();
    final Select<EducationLevel> educationLevel = new Select<>();
    final TextField major = new TextField();
    /** Every category the candidate claims: each is reviewed on its own, the highest confirmed one counts. */
    final com.vaadin.flow.component.checkbox.CheckboxGroup<PriorityCategory> priority =
            new com.vaadin.flow.component.checkbox.CheckboxGroup<>();
    final Select<Exemption> exemption = new Select<>();
    final TextArea exemptionReason = new TextArea();
    final Select<ForeignLanguage> foreignLanguage = new Select<>();
    final Button submit = new Button();
    /** A joint position's agencies in the candidate's order of preference (ND 170/2025/NĐ-CP). */
    final AgencyOrderField agencyOrder = new AgencyOrderField();
    // a leadership exam: the post held now and the managing agency, instead of the claims
    final TextField currentTitle = new TextField();
    final TextField currentDivision = new TextField();
    final TextField currentAgency = new TextField();
    final com.vaadin.flow.component.combobox.ComboBox<vn.thituyen.identity.IdentityService.Agency> managingAgency =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    private final transient vn.thituyen.registration.LeadershipCandidates leadership;
    private final transient vn.thituyen.campaign.LeadershipPosts leadershipPosts;

    private final transient RegistrationService registration;
    private final transient CampaignService campaigns;
    private final transient Clock clock;
    private com.vaadin.flow.shared.Registration submitListener;
    private com.vaadin.flow.shared.Registration exemptionListener;
    private final transient java.util.List<OwnResults> ownResults;
    private final transient vn.thituyen.registration.CandidateDocuments documents;
    private final transient java.util.List<vn.thituyen.registration.AdmissionTickets> tickets;
    private final transient vn.thituyen.registration.FeeService fees;
    private final transient vn.thituyen.registration.AgencyPreferences preferences;
    private final transient vn.thituyen.campaign.JointAgencies jointAgencies;

    public MyApplicationView(RegistrationService registration, CampaignService campaigns, CurrentUser currentUser,
            Clock clock, java.util.List<OwnResults> ownResults,
            vn.thituyen.registration.LeadershipCandidates leadership, vn.thituyen.campaign.LeadershipPosts posts,
            vn.thituyen.registration.CandidateDocuments documents,
            java.util.List<vn.thituyen.registration.AdmissionTickets> tickets,
            vn.thituyen.registration.FeeService fees, vn.thituyen.registration.AgencyPreferences preferences,
            vn.thituyen.campaign.JointAgencies jointAgencies) {
        this.fees = fees;
        this.preferences = preferences;
        this.jointAgencies = jointAgencies;
        this.documents = documents;
        this.tickets = tickets;
        this.leadership = leadership;
        this.leadershipPosts = posts;
        this.ownResults = ownResults;
        this.registration = registration;
        this.campaigns = campaigns;
        this.clock = clock;
        setMaxWidth("60em");
        // a joint position: the candidate orders its agencies (ND 170/2025/NĐ-CP)
        position.addValueChangeListener(e -> showAgencies(e.getValue()));
        refresh(currentUser);
    }

    private void refresh(CurrentUser currentUser) {
        removeAll();
        // the candidate chooses among the announced campaigns; unchosen, the page shows the campaign they applied to
        // last, or the only one announced
        java.util.List<CampaignInfo> announced = campaigns.announcedCampaigns();
        CampaignPicker picker = new CampaignPicker(campaigns, announced);
        picker.setLabel(getTranslation("campaign.picker.candidate"));
        Optional<CampaignInfo> campaign = picker.chosen()
                .or(() -> registration.myLatestCampaign().flatMap(id -> announced.stream()
                        .filter(c -> c.id() == id).findFirst()))
                .or(() -> announced.size() == 1 ? Optional.of(announced.get(0)) : Optional.empty());
        campaign.ifPresent(picker::setValue);
        if (announced.size() > 1) {
            add(picker);
        }
        if (campaign.isEmpty()) {
            add(new Paragraph(getTranslation(announced.isEmpty() ? "registration.noCampaign"
                    : "campaign.picker.first")));
            return;
        }
        CampaignInfo c = campaign.get();
        add(new H2(c.name()));
        Optional<MyApplication> mine = registration.myApplication(c.id());
        if (c.kind().leadership()) {
            showLeadership(c, currentUser);
        } else if (mine.isPresent()) {
            showStatus(mine.get());
            showChanges(c, mine.get(), currentUser);
            // the scans go with the form: changed while the form may be, then only shown
            boolean changeable = (mine.get().status() == ApplicationStatus.SUBMITTED
                    || mine.get().status() == ApplicationStatus.WITHDRAWN) && c.registrationOpenAt(clock.instant());
            add(new DocumentsPanel(documents, mine.get(), true, changeable));
            // a winner's dossier after the results (hidden for everyone else)
            add(new WinnerDossierPanel(documents, c.id()));
        } else if (!c.registrationOpenAt(clock.instant())) {
            Paragraph closed = new Paragraph(getTranslation("error.registration.closed"));
            closed.setId("registration-closed");
            add(closed);
        } else {
            showForm(c, currentUser, null);
        }
    }

    /**
     * While registration is open and nobody has reviewed it, the candidate may change the form or withdraw it; a
     * withdrawn form may be submitted again.
     */
    private void showChanges(CampaignInfo c, MyApplication a, CurrentUser currentUser) {
        boolean changeable = a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.WITHDRAWN;
        if (!changeable || !c.registrationOpenAt(clock.instant())) {
            return;
        }
        Button edit = new Button(getTranslation(a.status() == ApplicationStatus.WITHDRAWN ? "registration.resubmit"
                : "registration.edit"), e -> {
                    removeAll();
                    add(new H2(c.name()));
                    showForm(c, currentUser, a);
                });
        edit.setId("edit-application");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(edit);
        if (a.status() == ApplicationStatus.SUBMITTED) {
            Button withdraw = new Button(getTranslation("registration.withdraw"), e -> vn.thituyen.common.ui.Confirm
                    .ask("registration.withdraw", "registration.withdraw.confirm", new Object[] {c.name(),
                            c.registrationClosesAt().minusNanos(1).atZone(clock.getZone()).format(
                                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))},
                            "registration.withdraw", () -> {
                                registration.withdraw(c.id());
                                Notices.success("registration.withdrawn");
                                refresh(currentUser);
                            }));
            withdraw.setId("withdraw-application");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        add(new Paragraph(getTranslation("registration.changeable")), actions);
    }

    private void showStatus(MyApplication a) {
        Div box = new Div();
        box.addClassName("status-box");
        Span status = new Span(getTranslation("status." + a.status()));
        status.setId("application-status");
        status.getElement().getThemeList().add("badge " + switch (a.status()) {
            case ACCEPTED -> "success";
            case REJECTED -> "error";
            default -> "contrast";
        });
        box.add(new H3(getTranslation("registration.statusTitle")), status);
        if (a.rejectionReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("registration.rejectionReason", a.rejectionReason()));
            reason.setId("rejection-reason");
            box.add(reason);
        }
        // the exam fee (TT 92/2021/TT-BTC): what it is, and whether the secretary has recorded it paid
        fees.myFee(a.campaignId()).ifPresent(f -> {
            Numbers num = new Numbers(getLocale());
            Paragraph fee = new Paragraph(f.payment() == null
                    ? getTranslation("registration.feeUnpaid", num.money(f.feeVnd()))
                    : getTranslation("registration.feePaid", num.money(f.payment().amountVnd()),
                            f.payment().receiptNumber(), f.payment().paidOn().format(
                                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            fee.setId("my-fee");
            box.add(fee);
        });
        if (a.candidateNumber() != null) {
            Paragraph number = new Paragraph(getTranslation("registration.numberAndRoom", a.candidateNumber(),
                    a.roomName()));
            number.setId("candidate-number");
            box.add(number);
            // the admission ticket once the eligible list is published (the module that knows the rooms' times
            // makes it)
            tickets.stream().filter(t -> t.ready(a.id())).findFirst().ifPresent(t -> box.add(
                    vn.thituyen.common.ui.Downloads.pdf("giay-bao-du-thi-" + a.candidateNumber() + ".pdf",
                            () -> t.ticketPdf(a.id()), getTranslation("registration.ticket"), "admission-ticket"),
                    new Paragraph(getTranslation("registration.ticketHint"))));
        }
        for (RegistrationService.Claim claim : a.priorities()) {
            box.add(new Paragraph(getTranslation("registration.priorityStatus",
                    getTranslation("priority." + claim.category()), getTranslation("claim." + claim.status()))));
        }
        if (a.exemption() != Exemption.NONE) {
            box.add(new Paragraph(getTranslation("registration.exemptionStatus",
                    getTranslation("exemption." + a.exemption()), getTranslation("claim." + a.exemptionStatus()))));
        }
        FormLayout summary = new FormLayout();
        summary.addFormItem(new Span(a.positionName()), getTranslation("field.position"));
        java.util.List<vn.thituyen.campaign.JointAgency> order = preferences.mine(a.campaignId());
        if (!order.isEmpty()) {
            Span listed = new Span(preferenceText(order));
            listed.setId("my-preferences");
            summary.addFormItem(listed, getTranslation("preferences.summary"));
        }
        summary.addFormItem(new Span(a.fullName()), getTranslation("field.fullName"));
        summary.addFormItem(new Span(a.dateOfBirth().format(java.time.format.DateTimeFormatter.ofPattern(
                "dd/MM/yyyy"))), getTranslation("field.dateOfBirth"));
        summary.addFormItem(new Span(a.citizenId()), getTranslation("field.citizenId"));
        summary.addFormItem(new Span(a.phone()), getTranslation("field.phone"));
        summary.addFormItem(new Span(a.email()), getTranslation("field.email"));
        if (a.foreignLanguage() != null && a.foreignLanguage() != ForeignLanguage.NONE
                || a.exemption() != Exemption.NONE) {
            summary.addFormItem(new Span(getTranslation("language." + a.foreignLanguage())),
                    getTranslation("field.foreignLanguage"));
        }
        add(box, summary);
        ownResults.stream().map(r -> r.ownResult(a.id())).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(r -> add(new OwnResultPanel(r)));
    }

    private void showAgencies(PositionInfo p) {
        agencyOrder.setAgencies(p == null ? java.util.List.of() : jointAgencies.of(p.id()));
        agencyOrder.setVisible(agencyOrder.isJoint());
    }

    /** "1. Sở Tư pháp; 2. Sở Tài chính". */
    private static String preferenceText(java.util.List<vn.thituyen.campaign.JointAgency> order) {
        java.util.List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            items.add((i + 1) + ". " + order.get(i).name());
        }
        return String.join("; ", items);
    }

    private void showForm(CampaignInfo c, CurrentUser currentUser, MyApplication existing) {
        add(new Paragraph(getTranslation("registration.intro")));
        position.setItems(campaigns.positions(c.id()));
        showAgencies(position.getValue());
        position.setItemLabelGenerator(p -> p.code() + " – " + p.name() + " (" + p.agency() + ", "
                + getTranslation("field.quota") + " " + p.quota() + ")");
        personFields(currentUser);
        claimFields(c);
        submitButton(c, currentUser, existing);
        if (existing != null) {
            fillFrom(c, existing);
        }
        // ND 170/2025: round 1 is general knowledge only; no language to choose, no exemption from it to claim
        boolean languagePart = c.ruleSet().hasForeignLanguagePart();
        exemption.setVisible(languagePart);
        foreignLanguage.setVisible(languagePart);
        if (!languagePart) {
            exemption.setValue(Exemption.NONE);
        }
        FormLayout form = new FormLayout(position, agencyOrder, fullName, dateOfBirth, sex, ethnicity, citizenId, phone,
                email, address, educationLevel, major, priority, exemption, exemptionReason, foreignLanguage);
        form.setColspan(position, 2);
        form.setColspan(agencyOrder, 2);
        form.setColspan(address, 2);
        form.setColspan(priority, 2);
        add(form, submit);
    }

    /** The position, the person and how to reach them, the degree. */
    private void personFields(CurrentUser currentUser) {
        label(position, "field.position", "position");
        label(fullName, "field.fullName", "fullName");
        fullName.setMaxLength(100);
        currentUser.get().ifPresent(p -> fullName.setValue(p.fullName()));
        label(dateOfBirth, "field.dateOfBirth", "dateOfBirth");
        dateOfBirth.setMax(LocalDate.now(clock));
        dateOfBirth.setI18n(datePickerI18n());
        dateOfBirth.setLocale(java.util.Locale.forLanguageTag("vi-VN"));
        sex.setLabel(getTranslation("field.sex"));
        sex.setId("sex");
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("sex." + s));
        label(ethnicity, "field.ethnicity", "ethnicity");
        ethnicity.setValue("Kinh");
        label(citizenId, "field.citizenId", "citizenId");
        citizenId.setHelperText(getTranslation("field.citizenId.help"));
        label(phone, "field.phone", "phone");
        label(email, "field.email", "email");
        label(address, "field.address", "address");
        educationLevel.setLabel(getTranslation("field.educationLevel"));
        educationLevel.setId("educationLevel");
        educationLevel.setItems(EducationLevel.values());
        educationLevel.setItemLabelGenerator(e -> e == null ? "" : getTranslation("education." + e));
        label(major, "field.major", "major");
    }

    /** Priority categories of the campaign's rule set, the exemption and the foreign language. */
    private void claimFields(CampaignInfo c) {
        priority.setItems(c.ruleSet().priorityCategories());
        priority.setItemLabelGenerator(p -> getTranslation("priority." + p) + " (+"
                + new Numbers(getLocale()).score(c.ruleSet().priorityPoints(p)) + ")");
        priority.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        label(priority, "field.priority", "priorityCategory");
        priority.setHelperText(getTranslation("field.priority.help"));
        exemption.setLabel(getTranslation("field.exemption"));
        exemption.setId("exemption");
        exemption.setItems(Exemption.values());
        exemption.setItemLabelGenerator(e -> getTranslation("exemption." + e));
        exemption.setValue(Exemption.NONE);
        label(exemptionReason, "field.exemptionReason", "exemptionReason");
        exemptionReason.setVisible(false);
        foreignLanguage.setLabel(getTranslation("field.foreignLanguage"));
        foreignLanguage.setId("foreignLanguage");
        foreignLanguage.setItems(ForeignLanguage.ENGLISH);
        foreignLanguage.setItemLabelGenerator(l -> l == null ? "" : getTranslation("language." + l));
        foreignLanguage.setValue(ForeignLanguage.ENGLISH);
        if (exemptionListener != null) {
            exemptionListener.remove();
        }
        exemptionListener = exemption.addValueChangeListener(e -> {
            boolean exempt = e.getValue() == Exemption.FOREIGN_LANGUAGE;
            exemptionReason.setVisible(e.getValue() != Exemption.NONE);
            // still asked: a refused exemption means sitting the part in this language
            foreignLanguage.setHelperText(exempt ? getTranslation("field.foreignLanguage.ifRefused") : null);
        });
    }

    private void submitButton(CampaignInfo c, CurrentUser currentUser, MyApplication existing) {
        submit.setText(getTranslation("registration.submit"));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the form may be shown again (edit after edit): one listener at a time
        if (submitListener != null) {
            submitListener.remove();
        }
        submitListener = submit.addClickListener(e -> submit(c, currentUser, existing != null));
    }

    /** The form as the candidate left it, to edit, or to submit again after withdrawing. */
    private void fillFrom(CampaignInfo c, MyApplication existing) {
        submit.setText(getTranslation(existing.status() == ApplicationStatus.WITHDRAWN ? "registration.resubmit"
                : "registration.saveChanges"));
        campaigns.positions(c.id()).stream().filter(p -> p.id() == existing.positionId()).findFirst()
                .ifPresent(position::setValue);
        agencyOrder.setValue(preferences.mine(c.id()).stream().map(vn.thituyen.campaign.JointAgency::id).toList());
        fullName.setValue(existing.fullName());
        dateOfBirth.setValue(existing.dateOfBirth());
        sex.setValue(existing.sex());
        ethnicity.setValue(existing.ethnicity() == null ? "" : existing.ethnicity());
        citizenId.setValue(existing.citizenId());
        phone.setValue(existing.phone());
        email.setValue(existing.email());
        address.setValue(existing.address());
        educationLevel.setValue(existing.educationLevel());
        major.setValue(existing.major() == null ? "" : existing.major());
        priority.setValue(existing.priorities().stream().map(RegistrationService.Claim::category)
                .collect(java.util.stream.Collectors.toSet()));
        exemption.setValue(existing.exemption());
        exemptionReason.setValue(existing.exemptionReason() == null ? "" : existing.exemptionReason());
        if (existing.foreignLanguage() != null && existing.foreignLanguage() != ForeignLanguage.NONE) {
            foreignLanguage.setValue(existing.foreignLanguage());
        }
    }

    private void submit(CampaignInfo c, CurrentUser currentUser, boolean revising) {
        ApplicationForm form = new ApplicationForm(position.getValue() == null ? null : position.getValue().id(),
                fullName.getValue(), dateOfBirth.getValue(), sex.getValue(), ethnicity.getValue(),
                citizenId.getValue(), phone.getValue(), email.getValue(), address.getValue(),
                educationLevel.getValue(), major.getValue(), priority.getValue().stream()
                        .sorted().toList(), exemption.getValue(),
                exemptionReason.getValue(), foreignLanguage.getValue());
        Actions.attempt(() -> {
            java.util.List<Long> order = agencyOrder.isJoint() ? agencyOrder.getValue() : java.util.List.of();
            if (revising) {
                registration.revise(c.id(), form, order);
            } else {
                registration.submit(c.id(), form, order);
            }
            Notices.success("registration.submitted");
            refresh(currentUser);
        }, fields());
    }

    /**
     * A leadership exam: the candidate applies for one post naming the post held now and the managing agency (which
     * then nominates them), or sees the nomination and each standard's decision.
     */
    private void showLeadership(CampaignInfo c, CurrentUser currentUser) {
        Optional<vn.thituyen.registration.LeadershipCandidates.MyCandidacy> mine = leadership.mine(c.id());
        if (mine.isPresent()) {
            showCandidacy(mine.get());
            return;
        }
        java.util.List<vn.thituyen.campaign.LeadershipPosts.PostInfo> open = leadershipPosts.posts(c.id()).stream()
                .filter(p -> leadershipPosts.acceptsApplications(p.positionId(), clock.instant())).toList();
        if (open.isEmpty()) {
            Paragraph closed = new Paragraph(getTranslation("error.registration.closed"));
            closed.setId("registration-closed");
            add(closed);
            return;
        }
        add(new Paragraph(getTranslation("leadership.apply.intro")));
        java.util.Set<Long> openIds = open.stream().map(vn.thituyen.campaign.LeadershipPosts.PostInfo::positionId)
                .collect(java.util.stream.Collectors.toSet());
        position.setItems(campaigns.positions(c.id()).stream().filter(p -> openIds.contains(p.id())).toList());
        position.setItemLabelGenerator(p -> p.code() + " – " + p.name() + " (" + p.agency() + ")");
        personFields(currentUser);
        label(currentTitle, "leadership.currentTitle", "currentTitle");
        currentTitle.setHelperText(getTranslation("leadership.currentTitle.help"));
        label(currentDivision, "leadership.currentDivision", "currentDivision");
        label(currentAgency, "leadership.currentAgency", "currentAgency");
        managingAgency.setItems(leadership.agencies());
        managingAgency.setItemLabelGenerator(vn.thituyen.identity.IdentityService.Agency::name);
        label(managingAgency, "leadership.managingAgency", "managingAgency");
        boolean outside = leadershipPosts.settings(c.id()).outsideCandidates();
        managingAgency.setHelperText(getTranslation(outside ? "leadership.managingAgency.optional"
                : "leadership.managingAgency.help"));
        submit.setText(getTranslation("registration.submit"));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (submitListener != null) {
            submitListener.remove();
        }
        submitListener = submit.addClickListener(e -> {
            ApplicationForm form = new ApplicationForm(position.getValue() == null ? null : position.getValue().id(),
                    fullName.getValue(), dateOfBirth.getValue(), sex.getValue(), ethnicity.getValue(),
                    citizenId.getValue(), phone.getValue(), email.getValue(), address.getValue(),
                    educationLevel.getValue(), major.getValue(), null, Exemption.NONE, null, ForeignLanguage.NONE);
            vn.thituyen.registration.LeadershipCandidates.CurrentPost current =
                    new vn.thituyen.registration.LeadershipCandidates.CurrentPost(currentTitle.getValue(),
                            currentDivision.getValue(), currentAgency.getValue(),
                            managingAgency.getValue() == null ? null : managingAgency.getValue().id());
            Map<String, HasValidation> fields = fields();
            fields.put("currentTitle", currentTitle);
            fields.put("currentDivision", currentDivision);
            fields.put("currentAgency", currentAgency);
            fields.put("managingAgency", managingAgency);
            Actions.attempt(() -> {
                leadership.apply(c.id(), form, current);
                Notices.success("leadership.applied");
                refresh(currentUser);
            }, fields);
        });
        FormLayout form = new FormLayout(position, fullName, dateOfBirth, sex, ethnicity, citizenId, phone, email,
                address, educationLevel, major, currentTitle, currentDivision, currentAgency, managingAgency);
        form.setColspan(position, 2);
        form.setColspan(address, 2);
        form.setColspan(managingAgency, 2);
        add(form, submit);
    }

    /** The nomination, each standard of the post with the board's decision, and the outcome. */
    private void showCandidacy(vn.thituyen.registration.LeadershipCandidates.MyCandidacy m) {
        Div box = new Div();
        box.addClassName("status-box");
        Span status = new Span(getTranslation("status." + m.status()));
        status.setId("application-status");
        status.getElement().getThemeList().add("badge " + switch (m.status()) {
            case ACCEPTED -> "success";
            case REJECTED -> "error";
            default -> "contrast";
        });
        Paragraph nomination = new Paragraph(getTranslation("leadership.nominationStatus",
                getTranslation("nomination." + m.nomination()), m.managingAgency() == null ? "—" : m.managingAgency()));
        nomination.setId("nomination-status");
        box.add(new H3(getTranslation("registration.statusTitle")), status, nomination);
        if (m.rejectionReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("registration.rejectionReason", m.rejectionReason()));
            reason.setId("rejection-reason");
            box.add(reason);
        }
        com.vaadin.flow.component.grid.Grid<vn.thituyen.registration.LeadershipCandidates.StandardLine> standards =
                new com.vaadin.flow.component.grid.Grid<>();
        standards.setId("my-standards");
        standards.addColumn(l -> l.standard().ordinal()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        standards.addColumn(l -> l.standard().requirement()).setHeader(getTranslation("leadership.requirement"))
                .setFlexGrow(3);
        standards.addColumn(l -> getTranslation(l.accepted() == null ? "leadership.check.undecided"
                : l.accepted() ? "leadership.check.accepted" : "leadership.check.refused"))
                .setHeader(getTranslation("leadership.check")).setAutoWidth(true);
        standards.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader(getTranslation("leadership.reason"))
                .setFlexGrow(2);
        standards.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        standards.setItems(m.standards());
        standards.setAllRowsVisible(true);
        FormLayout summary = new FormLayout();
        summary.addFormItem(new Span(m.post().name() + " – " + m.post().agency()), getTranslation("leadership.post"));
        summary.addFormItem(new Span(m.currentTitle() == null ? "—" : String.join(", ",
                java.util.stream.Stream.of(m.currentTitle(), m.currentDivision(), m.currentAgency())
                        .filter(java.util.Objects::nonNull).toList())), getTranslation("leadership.currentPost"));
        add(box, summary);
        // once the results are published: the candidate's own parts and outcome, above the standards
        ownResults.stream().map(r -> r.ownResult(m.applicationId())).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(r -> add(new OwnResultPanel(r)));
        add(new H3(getTranslation("leadership.standards")), standards);
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("position", position);
        m.put("agencies", agencyOrder);
        m.put("fullName", fullName);
        m.put("dateOfBirth", dateOfBirth);
        m.put("sex", sex);
        m.put("ethnicity", ethnicity);
        m.put("citizenId", citizenId);
        m.put("phone", phone);
        m.put("email", email);
        m.put("address", address);
        m.put("educationLevel", educationLevel);
        m.put("major", major);
        m.put("priorityCategory", priority);
        m.put("exemption", exemption);
        m.put("exemptionReason", exemptionReason);
        m.put("foreignLanguage", foreignLanguage);
        return m;
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key, String id) {
        field.setLabel(getTranslation(key));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setBadInputErrorMessage(getTranslation("validation.date"));
        i18n.setMaxErrorMessage(getTranslation("validation.dob.future"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myApplication");
    }
}
