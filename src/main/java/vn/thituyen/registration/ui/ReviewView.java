package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.registration.Correction;
import vn.thituyen.registration.domain.CorrectionRule;
import vn.thituyen.registration.PaperApplications;
import vn.thituyen.registration.RegistrationLists;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.MyApplication;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.Uploads;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;

/** Eligibility review (xét duyệt hồ sơ): accept or reject, decide claims, publish the eligible list. */
@Route(value = "review", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "ADMIN"})
public class ReviewView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final Grid<MyApplication> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final TextField reason = new TextField();
    final Button publish = new Button();
    private final transient RegistrationService registration;
    private final transient CampaignInfo campaign;
    private final boolean secretary;
    private boolean listPublished;
    final Grid<RegistrationService.ListVersion> versions = new Grid<>();
    private final H3 versionsTitle = new H3();
    final VerticalLayout roomsBox = new VerticalLayout();

    private final transient vn.thituyen.registration.CandidateDocuments documents;
    private final transient vn.thituyen.registration.AgencyPreferences preferences;
    private final transient RegistrationLists lists;
    private final transient PaperApplications paper;
    final HorizontalLayout downloads = new HorizontalLayout();
    final VerticalLayout paperResult = new VerticalLayout();

    public ReviewView(RegistrationService registration, CampaignService campaigns, AuthenticationContext auth,
            vn.thituyen.registration.CandidateDocuments documents,
            vn.thituyen.registration.AgencyPreferences preferences, RegistrationLists lists,
            PaperApplications paper) {
        this.preferences = preferences;
        this.registration = registration;
        this.documents = documents;
        this.lists = lists;
        this.paper = paper;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        this.secretary = auth.hasRole("SECRETARY");
        setWidthFull();
        if (campaign == null) {
            return;
        }
        grid.setId("applications");
        // about a dozen rows on screen, the rest paged from the database as the reviewer scrolls; the decision
        // panel, the versions and the rooms follow below
        grid.setHeight("30em");
        // ten columns on a laptop's width: the cells and headers wrap rather than being cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MyApplication::candidateNumber).setHeader(getTranslation("field.candidateNumber"))
                .setAutoWidth(true);
        grid.addColumn(MyApplication::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(2);
        grid.addColumn(a -> a.dateOfBirth().format(DATE)).setHeader(getTranslation("field.dateOfBirth"));
        grid.addColumn(a -> a.citizenId() + (a.barred() ? " – " + getTranslation("review.barred.short") : ""))
                .setHeader(getTranslation("field.citizenId")).setAutoWidth(true).setFlexGrow(0);   // 12 digits
        grid.addColumn(MyApplication::positionName).setHeader(getTranslation("field.position")).setFlexGrow(2);
        grid.addColumn(a -> a.priorities().stream().map(p -> getTranslation("priority." + p.category()) + " – "
                + getTranslation("claim." + p.status())).collect(java.util.stream.Collectors.joining("; ")))
                .setHeader(getTranslation("field.priority"));
        grid.addColumn(a -> a.exemption() == Exemption.NONE ? "" : getTranslation("exemption." + a.exemption())
                + " – " + getTranslation("claim." + a.exemptionStatus())).setHeader(getTranslation("field.exemption"));
        grid.addColumn(a -> getTranslation("status." + a.status())).setHeader(getTranslation("field.status"));
        grid.addColumn(MyApplication::roomName).setHeader(getTranslation("field.room"));
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        publish.setText(getTranslation("review.publish"));
        publish.setId("publish-eligible");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(secretary);
        publish.addClickListener(e -> confirmPublish());
        reason.setLabel(getTranslation("review.reason"));
        reason.setId("reject-reason");
        reason.setWidth("30em");
        versions.setId("eligible-list-versions");
        versions.addColumn(RegistrationService.ListVersion::version).setHeader(getTranslation("review.version"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> (v.fullName() == null ? "" : v.fullName() + ": ") + change(v.correction())
                + (v.reason() == null ? "" : " – " + v.reason()))
                .setHeader(getTranslation("review.version.change"));
        versions.addColumn(RegistrationService.ListVersion::decidedBy).setHeader(getTranslation("review.version.by"))
                .setAutoWidth(true);
        versions.addColumn(v -> v.decidedAt().atZone(vn.thituyen.common.ClockConfiguration.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
                .setHeader(getTranslation("review.version.at")).setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versionsTitle.setText(getTranslation("review.versions"));
        downloads.setId("review-downloads");
        downloads.setWrap(true);
        add(new H2(getTranslation("review.title", campaign.name())), publish, downloads, grid, detail, versionsTitle,
                versions, roomsBox);
        if (!campaign.kind().leadership()
                && campaign.status() == vn.thituyen.campaign.CampaignStatus.REGISTRATION_OPEN) {
            add(paperSection());
        }
        refresh();
    }

    /** Publishing gives numbers and rooms and cannot be undone: say so, with the numbers, before doing it. */
    private void confirmPublish() {
        if (campaign.status() != vn.thituyen.campaign.CampaignStatus.REGISTRATION_CLOSED) {
            // the list is published once registration is over (the campaign workspace closes it)
            Notices.error(new DomainException("error.review.registrationNotClosed",
                    new vn.thituyen.common.Messages.Key("campaign.status." + campaign.status())));
            return;
        }
        var preview = registration.eligibleListPreview(campaign.id());
        if (preview.undecided() > 0) {
            Notices.error(new DomainException("error.review.pending"));
            return;
        }
        if (preview.seats() != null && preview.seats() < preview.eligible()) {
            Notices.error(new DomainException("error.review.seats", preview.seats(), preview.eligible()));
            return;
        }
        Confirm.ask("review.publish", "review.publish.confirm",
                new Object[] {preview.eligible(), preview.lastNumber(), preview.rooms()}, "review.publish", () -> {
                    Actions.attempt(() -> {
                        registration.publishEligibleList(campaign.id());
                        Notices.success("review.published.detail", preview.eligible(),
                                registration.rooms(campaign.id()).size());
                        refresh();
                    });
                });
    }

    /** The list pages from the database (a campaign may have thousands of applications). */
    private void refresh() {
        List<RegistrationService.ListVersion> published = registration.eligibleListVersions(campaign.id());
        this.listPublished = !published.isEmpty();
        versions.setItems(published);
        versions.setVisible(listPublished);
        versionsTitle.setVisible(listPublished);
        showDownloads();
        showRooms();
        grid.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<MyApplication, Void>(
                q -> registration.applications(campaign.id(), q.getPage(), q.getPageSize()).stream(),
                q -> (int) registration.countApplications(campaign.id()), MyApplication::id));
        detail.removeAll();
    }

    /** After a decision the reviewer stays at work: the next application still waiting is chosen and shown. */
    private void refreshAndGoOn(long decidedId) {
        refresh();
        registration.nextUndecided(campaign.id(), decidedId).ifPresent(grid::select);
    }

    private void showDetail(MyApplication a) {
        detail.removeAll();
        if (a == null) {
            return;
        }
        H3 name = new H3(a.fullName());
        name.setId("applicant-name");
        detail.add(name,
                new Paragraph(getTranslation("review.detail", a.citizenId(), a.phone(), a.email(), a.address(),
                        getTranslation("education." + a.educationLevel()), a.major(),
                        getTranslation("language." + a.foreignLanguage()))));
        if (a.barred()) {
            // ND 138/2020 Art. 17: false documents in an earlier campaign bar this one; the board rejects with it
            Paragraph barred = new Paragraph(getTranslation("review.barred", a.barNote()));
            barred.setId("applicant-barred");
            barred.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            detail.add(barred);
        }
        if (a.exemptionReason() != null) {
            detail.add(new Paragraph(getTranslation("field.exemptionReason") + ": " + a.exemptionReason()));
        }
        // a joint position: the agencies in the candidate's order of preference (ND 170/2025/NĐ-CP)
        Actions.fetch(() -> preferences.of(a.id())).filter(order -> !order.isEmpty()).ifPresent(order -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                items.add((i + 1) + ". " + order.get(i).name());
            }
            Paragraph listed = new Paragraph(getTranslation("preferences.summary") + ": " + String.join("; ", items));
            listed.setId("applicant-preferences");
            detail.add(listed);
        });
        // the scans beside the claims they prove (degrees, each priority, the exemption, the portrait)
        Actions.fetch(() -> new DocumentsPanel(documents, a, false, false)).ifPresent(detail::add);
        if (secretary && listPublished) {
            detail.add(correctionPanel(a));
            return;
        }
        if (!secretary || a.candidateNumber() != null) {
            return;
        }
        if (a.status() == ApplicationStatus.SUBMITTED) {
            // decided forms are not decided again here; a claim on an accepted form still is (below)
            Button accept = button("review.accept", "accept", a.id(), () -> registration.accept(a.id()));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button reject = button("review.reject", "reject", a.id(),
                    () -> registration.reject(a.id(), reason.getValue()));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reason.clear();
            reason.setInvalid(false);
            if (a.barred()) {
                // the bar's reason is the rejection's, unless the board decides otherwise
                reason.setValue(getTranslation("review.barred.reason", a.barNote()));
            }
            detail.add(new HorizontalLayout(accept, reason, reject));
        }
        // each claimed category is decided on its own; the result counts the highest confirmed one
        for (RegistrationService.Claim claim : a.priorities()) {
            com.vaadin.flow.component.html.Span what = new com.vaadin.flow.component.html.Span(getTranslation(
                    "review.priority.claim", getTranslation("priority." + claim.category()),
                    getTranslation("claim." + claim.status())));
            HorizontalLayout row = new HorizontalLayout(what,
                    button("review.priority.confirm", "confirm-priority-" + claim.category(), a.id(),
                            () -> registration.decidePriority(a.id(), claim.category(), true)),
                    button("review.priority.refuse", "refuse-priority-" + claim.category(), a.id(),
                            () -> registration.decidePriority(a.id(), claim.category(), false)));
            row.setAlignItems(Alignment.BASELINE);
            detail.add(row);
        }
        if (a.exemptionStatus() != ClaimStatus.NONE) {
            detail.add(new HorizontalLayout(
                    button("review.exemption.confirm", "confirm-exemption", a.id(),
                            () -> registration.decideExemption(a.id(), true)),
                    button("review.exemption.refuse", "refuse-exemption", a.id(),
                            () -> registration.decideExemption(a.id(), false))));
        }
    }

    /**
     * After publication a decision is corrected, not re-made: the decisions that would change something are offered,
     * a reason is asked for next to its field, and the step is confirmed (it makes a new version of the list).
     */
    private VerticalLayout correctionPanel(MyApplication a) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("correction");
        box.add(new H3(getTranslation("review.correct.title")), new Paragraph(getTranslation("review.correct.hint")));
        com.vaadin.flow.component.select.Select<Choice> what = new com.vaadin.flow.component.select.Select<>();
        what.setId("correction-what");
        what.setLabel(getTranslation("review.correct.what"));
        List<Choice> choices = new java.util.ArrayList<>();
        for (Correction c : Correction.values()) {
            boolean priority = c == Correction.CONFIRM_PRIORITY || c == Correction.REFUSE_PRIORITY;
            if (!priority && CorrectionRule.refusal(a.status(), ClaimStatus.NONE, a.exemptionStatus(), c) == null) {
                choices.add(new Choice(c, null));
            }
            for (RegistrationService.Claim claim : priority ? a.priorities() : List.<RegistrationService.Claim>of()) {
                if (CorrectionRule.refusal(a.status(), claim.status(), a.exemptionStatus(), c) == null) {
                    choices.add(new Choice(c, claim.category()));
                }
            }
        }
        what.setItems(choices);
        what.setItemLabelGenerator(this::label);
        what.setWidth("28em");
        TextField why = new TextField(getTranslation("review.correct.reason"));
        why.setId("correction-reason");
        why.setWidth("30em");
        Button save = new Button(getTranslation("review.correct.save"), e -> {
            boolean ok = true;
            if (what.getValue() == null) {
                what.setErrorMessage(getTranslation("validation.required"));
                what.setInvalid(true);
                ok = false;
            }
            String problem = vn.thituyen.common.FreeText.check(why.getValue(), 1000);
            if (problem != null) {
                why.setErrorMessage(getTranslation(problem));
                why.setInvalid(true);
                ok = false;
            }
            if (!ok) {
                return;
            }
            Confirm.ask("review.correct.save", "review.correct.confirm", new Object[] {a.fullName(),
                    label(what.getValue())}, "review.correct.save", () -> {
                        Actions.attempt(() -> {
                            int version = registration.correct(a.id(), what.getValue().correction(),
                                    what.getValue().category(), why.getValue());
                            Notices.success("review.corrected", version);
                            refresh();
                        }, Map.of("reason", why, "correction", what));
                    });
        });
        save.setId("correct-decision");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(what, why, save);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        box.add(row);
        return box;
    }

    /**
     * The exam rooms: set up (venue, name, capacity, start of round 1) before the list is published, then shown with
     * the candidates seated in each.
     */
    private void showRooms() {
        roomsBox.removeAll();
        roomsBox.setPadding(false);
        roomsBox.setId("rooms");
        List<RegistrationService.RoomInfo> all = registration.rooms(campaign.id());
        roomsBox.add(new H3(getTranslation("rooms.title")));
        if (!listPublished) {
            roomsBox.add(new Paragraph(getTranslation("rooms.hint")));
            if (!all.isEmpty()) {
                Paragraph seats = new Paragraph(getTranslation("rooms.seats", all.stream()
                        .mapToInt(RegistrationService.RoomInfo::capacity).sum(),
                        registration.eligibleListPreview(campaign.id()).eligible()));
                seats.setId("room-seats");
                roomsBox.add(seats);
            }
        }
        Grid<RegistrationService.RoomInfo> rooms = new Grid<>();
        rooms.setId("room-list");
        rooms.addColumn(RegistrationService.RoomInfo::name).setHeader(getTranslation("rooms.name")).setAutoWidth(true);
        rooms.addColumn(r -> r.venue() == null ? "" : r.venue()).setHeader(getTranslation("rooms.venue"));
        rooms.addColumn(RegistrationService.RoomInfo::capacity).setHeader(getTranslation("rooms.capacity"))
                .setAutoWidth(true);
        rooms.addColumn(r -> r.startsAt() == null ? "" : r.startsAt().atZone(vn.thituyen.common.ClockConfiguration
                .ZONE).format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")))
                .setHeader(getTranslation("rooms.startsAt")).setAutoWidth(true);
        if (listPublished) {
            rooms.addColumn(r -> registration.candidatesInRoom(r.id()).size()).setHeader(getTranslation("rooms.seated"))
                    .setAutoWidth(true);
        } else if (secretary) {
            rooms.addComponentColumn(r -> {
                Button remove = new Button(getTranslation("rooms.remove"), e -> {
                    Actions.attempt(() -> {
                        registration.removeRoom(campaign.id(), r.id());
                        Notices.success("rooms.removed", r.name());
                        showRooms();
                    });
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return remove;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        rooms.setItems(all);
        rooms.setAllRowsVisible(true);
        roomsBox.add(rooms);
        if (listPublished) {
            // the hand-in list each room's candidates sign (danh sách ký nộp bài), a sheet per room
            roomsBox.add(Downloads.file("ky-nop-bai-" + campaign.code() + ".xlsx", RegistrationLists.XLSX,
                    () -> lists.roomSignatureListsXlsx(campaign.id()), getTranslation("review.export.rooms"),
                    "export-room-lists"));
        }
        if (secretary && !listPublished) {
            TextField venue = new TextField(getTranslation("rooms.venue"));
            venue.setId("room-venue");
            venue.setWidth("24em");
            TextField name = new TextField(getTranslation("rooms.name"));
            name.setId("room-name");
            name.setValue(String.format("Phòng %02d", all.size() + 1));
            com.vaadin.flow.component.textfield.IntegerField capacity =
                    new com.vaadin.flow.component.textfield.IntegerField(getTranslation("rooms.capacity"));
            capacity.setId("room-capacity");
            capacity.setValue(30);
            capacity.setStepButtonsVisible(true);
            com.vaadin.flow.component.datetimepicker.DateTimePicker starts =
                    new com.vaadin.flow.component.datetimepicker.DateTimePicker(getTranslation("rooms.startsAt"));
            starts.setId("room-starts");
            starts.setLocale(getLocale());
            Button add = new Button(getTranslation("rooms.add"), e -> {
                try {
                    registration.saveRoom(campaign.id(), null, new RegistrationService.RoomDraft(venue.getValue(),
                            name.getValue(), capacity.getValue(), starts.getValue()));
                    Notices.success("rooms.saved", name.getValue().strip());
                    showRooms();
                } catch (FieldErrors errors) {
                    Notices.showFieldErrors(errors, Map.of("venue", venue, "name", name, "capacity", capacity));
                }
            });
            add.setId("room-add");
            HorizontalLayout row = new HorizontalLayout(venue, name, capacity, starts, add);
            row.setAlignItems(Alignment.BASELINE);
            row.setWrap(true);
            roomsBox.add(row);
        }
    }

    /** The lists in Excel: every application; once published, the eligible list. */
    private void showDownloads() {
        downloads.removeAll();
        downloads.add(Downloads.file("ho-so-" + campaign.code() + ".xlsx", RegistrationLists.XLSX,
                () -> lists.applicationsXlsx(campaign.id()), getTranslation("review.export.applications"),
                "export-applications"));
        if (listPublished) {
            downloads.add(Downloads.file("du-dieu-kien-" + campaign.code() + ".xlsx", RegistrationLists.XLSX,
                    () -> lists.eligibleListXlsx(campaign.id()), getTranslation("review.export.eligible"),
                    "export-eligible"));
        }
        // the campaign's backup of the candidates' scans, each checked against its SHA-256, with a manifest
        downloads.add(Downloads.streamed("giay-to-" + campaign.code() + ".zip", "application/zip",
                out -> documents.archive(campaign.id(), out), getTranslation("review.export.documents"),
                "export-documents"));
    }

    /**
     * Applications received on paper (nhận hồ sơ giấy), while registration is open: the template, the upload, a
     * preview naming every bad cell by row and column, and the import of all rows once confirmed.
     */
    private VerticalLayout paperSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("paper-applications");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("paper-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls", RegistrationLists.XLSX, "application/vnd.ms-excel");
        upload.setMaxFileSize(PaperApplications.MAX_BYTES);
        upload.setMaxFiles(1);
        paperResult.setPadding(false);
        paperResult.setId("paper-result");
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                showPaperPreview(in.readAllBytes(), e.getFileName());
            } catch (IOException ex) {
                Notices.error(new DomainException("paper.import.unreadable"));
            }
            upload.clearFileList();
        });
        box.add(new H3(getTranslation("paper.title")), new Paragraph(getTranslation("paper.hint")),
                Downloads.file("mau-ho-so-giay-" + campaign.code() + ".xlsx", RegistrationLists.XLSX,
                        () -> paper.template(campaign.id()), getTranslation("paper.template"), "paper-template"),
                upload, paperResult);
        return box;
    }

    /** Every problem with its row and column, or the rows that would be stored; nothing is stored until confirmed. */
    void showPaperPreview(byte[] file, String fileName) {
        paperResult.removeAll();
        Actions.fetch(() -> paper.preview(campaign.id(), file)).ifPresent(preview -> {
            if (!preview.problems().isEmpty()) {
                Paragraph head = new Paragraph(getTranslation("paper.refused", preview.problems().size()));
                head.setId("paper-refused");
                Grid<PaperApplications.Problem> problems = new Grid<>();
                problems.setId("paper-problems");
                problems.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
                problems.addColumn(this::problem).setHeader(getTranslation("import.problem"));
                problems.setItems(preview.problems());
                problems.setAllRowsVisible(true);
                paperResult.add(head, problems);
            }
            if (preview.entries().isEmpty()) {
                return;
            }
            Grid<PaperApplications.Entry> rows = new Grid<>();
            rows.setId("paper-preview");
            rows.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            rows.addColumn(PaperApplications.Entry::row).setHeader(getTranslation("import.row")).setFlexGrow(0)
                    .setWidth("6em");
            rows.addColumn(PaperApplications.Entry::fullName).setHeader(getTranslation("field.fullName"))
                    .setFlexGrow(3);
            rows.addColumn(e -> e.dateOfBirth() == null ? "" : e.dateOfBirth().format(DATE))
                    .setHeader(getTranslation("field.dateOfBirth")).setFlexGrow(1);
            rows.addColumn(PaperApplications.Entry::citizenId).setHeader(getTranslation("field.citizenId"))
                    .setFlexGrow(2);
            rows.addColumn(PaperApplications.Entry::position).setHeader(getTranslation("field.position"))
                    .setFlexGrow(3);
            rows.setItems(preview.entries());
            rows.setAllRowsVisible(true);
            paperResult.add(new Paragraph(getTranslation("paper.preview", preview.entries().size(), fileName)), rows);
            if (!preview.ok()) {
                return;
            }
            int n = preview.entries().size();
            Button take = new Button(getTranslation("paper.take", n), e -> Confirm.ask("paper.title",
                    "paper.take.confirm", new Object[] {n}, "paper.take", () -> {
                        if (Actions.attempt(() -> {
                            int stored = paper.importApplications(campaign.id(), file, fileName);
                            Notices.success("paper.done", stored);
                        })) {
                            paperResult.removeAll();
                            refresh();
                        } else {
                            showPaperPreview(file, fileName);
                        }
                    }));
            take.setId("paper-take");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            paperResult.add(take);
        });
    }

    /** "Dòng 7, cột Ngày sinh: …", or the row or the file alone when no cell is to blame. */
    private String problem(PaperApplications.Problem p) {
        String what = getTranslation(p.key(), p.detail());
        if (p.row() == 0) {
            return what;
        }
        return p.column() == null ? getTranslation("paper.problem.row", p.row(), what)
                : getTranslation("paper.problem", p.row(), getTranslation("paper.column." + p.column()), what);
    }

    /** A correction on offer; {@code category} names the priority claim it decides. */
    record Choice(Correction correction, vn.thituyen.campaign.PriorityCategory category) {
    }

    /** "CONFIRM_PRIORITY:ETHNIC_MINORITY" as words. */
    private String change(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? getTranslation("correction." + stored) : getTranslation("correction."
                + stored.substring(0, colon)) + ": " + getTranslation("priority." + stored.substring(colon + 1));
    }

    private String label(Choice c) {
        return getTranslation("correction." + c.correction())
                + (c.category() == null ? "" : ": " + getTranslation("priority." + c.category()));
    }

    private Button button(String key, String id, long applicationId, Runnable action) {
        Button b = new Button(getTranslation(key), e -> run(action, "review.saved", applicationId));
        b.setId(id);
        return b;
    }

    private void run(Runnable action, String successKey, long applicationId) {
        vn.thituyen.common.ui.Actions.run(action, successKey, Map.of("reason", reason),
                () -> refreshAndGoOn(applicationId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.review");
    }
}
