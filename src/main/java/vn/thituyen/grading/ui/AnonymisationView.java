package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.grading.WrittenMarkingService.CodeLine;
import vn.thituyen.grading.WrittenMarkingService.FinalMark;
import vn.thituyen.grading.WrittenMarkingService.IntakeCandidate;
import vn.thituyen.grading.WrittenMarkingService.Intake;
import vn.thituyen.grading.WrittenMarkingService.PartStatus;

/**
 * The anonymisation board (Ban phách): take in the scripts a written part's rooms handed in (who, how many pages),
 * code them (two random codes each, the key sealed) and keep the code sheet; once every script has its mark, its
 * head or the council chair opens the key (mở phách) and the marks join the candidates.
 */
@Route(value = "marking/anonymise", layout = MainLayout.class)
@RolesAllowed({"GRADER", "SECRETARY", "CHAIR"})
public class AnonymisationView extends VerticalLayout implements HasDynamicTitle {

    final WrittenPartPicker part = new WrittenPartPicker("anon-part");
    final Grid<IntakeCandidate> intake = new Grid<>();
    final Grid<CodeLine> codeSheet = new Grid<>();
    final Grid<FinalMark> opened = new Grid<>();
    final VerticalLayout body = new VerticalLayout();
    final Map<Long, IntegerField> pages = new HashMap<>();
    private final transient WrittenMarkingService marking;
    private final transient vn.thituyen.grading.MarkingPapers papers;
    private final transient CampaignInfo campaign;
    private transient Map<Long, IntakeCandidate> byApplication = Map.of();

    public AnonymisationView(WrittenMarkingService marking, vn.thituyen.grading.MarkingPapers papers,
            CampaignService campaigns) {
        this.marking = marking;
        this.papers = papers;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        part.addValueChangeListener(e -> show());
        buildGrids();
        body.setPadding(false);
        add(new H2(getTranslation("marking.anon.title", campaign.name())), part, body);
        Actions.fetch(() -> marking.writtenParts(campaign.id())).ifPresent(list -> {
            part.setItems(list);
            list.stream().findFirst().ifPresent(part::setValue);
        });
    }

    private void buildGrids() {
        intake.setId("intake-grid");
        intake.setSelectionMode(Grid.SelectionMode.MULTI);
        intake.addColumn(IntakeCandidate::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
        intake.addColumn(IntakeCandidate::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        intake.addComponentColumn(c -> pages.computeIfAbsent(c.applicationId(), id -> pagesField(c)))
                .setHeader(getTranslation("marking.pages"));
        intake.setAllRowsVisible(true);
        codeSheet.setId("code-sheet");
        codeSheet.addColumn(CodeLine::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
        codeSheet.addColumn(CodeLine::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        codeSheet.addColumn(CodeLine::firstCode).setHeader(getTranslation("marking.firstCode"));
        codeSheet.addColumn(CodeLine::secondCode).setHeader(getTranslation("marking.code"));
        codeSheet.addColumn(CodeLine::pages).setHeader(getTranslation("marking.pages"));
        codeSheet.setAllRowsVisible(true);
        opened.setId("opened-marks");
        opened.addColumn(m -> candidate(m.applicationId()).candidateNumber())
                .setHeader(getTranslation("field.candidateNumber"));
        opened.addColumn(m -> candidate(m.applicationId()).fullName()).setHeader(getTranslation("field.fullName"))
                .setAutoWidth(true);
        opened.addColumn(FinalMark::secondCode).setHeader(getTranslation("marking.code"));
        opened.addColumn(m -> new Numbers(getLocale()).score(m.mark())).setHeader(getTranslation("marking.final"));
        opened.addColumn(m -> getTranslation("marking.basis." + m.basis())).setHeader(getTranslation("marking.basis"))
                .setAutoWidth(true);
        opened.setAllRowsVisible(true);
    }

    private IntegerField pagesField(IntakeCandidate c) {
        IntegerField f = new IntegerField();
        f.setMin(1);
        f.setMax(60);
        f.setStepButtonsVisible(true);
        f.setWidth("8em");
        f.setAriaLabel(getTranslation("marking.pages") + " " + c.candidateNumber());
        return f;
    }

    private IntakeCandidate candidate(long applicationId) {
        return byApplication.getOrDefault(applicationId, new IntakeCandidate(applicationId, "", ""));
    }

    private void show() {
        body.removeAll();
        PartStatus p = part.getValue();
        if (p == null) {
            return;
        }
        List<IntakeCandidate> candidates = Actions.fetch(() -> marking.intakeCandidates(p.positionId()))
                .orElse(List.of());
        byApplication = new HashMap<>();
        candidates.forEach(c -> byApplication.put(c.applicationId(), c));
        boolean typed = p.kind() == vn.thituyen.campaign.PartKind.WRITTEN_COMPUTER;
        if (!p.anonymised() && typed) {
            Paragraph automatic = new Paragraph(getTranslation("marking.anon.typed"));
            automatic.setId("anon-typed");
            body.add(automatic);
            return;
        }
        if (!p.anonymised()) {
            pages.clear();
            candidates.forEach(c -> pages.put(c.applicationId(), pagesField(c)));
            intake.setItems(candidates);
            candidates.forEach(intake::select);
            Button anonymise = new Button(getTranslation("marking.anonymise"), e -> anonymise(p));
            anonymise.setId("anonymise");
            anonymise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(vn.thituyen.common.ui.Downloads.pdf("danh-sach-nop-bai.pdf",
                    () -> papers.submissionListPdf(p.positionId(), p.partNo()).bytes(),
                    getTranslation("marking.downloadSubmissionList"), "submission-list-pdf"),
                    new Paragraph(getTranslation("marking.anon.help")), intake, anonymise);
            return;
        }
        Paragraph done = new Paragraph(getTranslation("marking.anon.done", p.scripts()));
        body.add(done, papers(p));
        if (p.keyOpen()) {
            Actions.fetch(() -> marking.openKey(p.positionId(), p.partNo(), p.purpose())).ifPresent(this::showOpened);
            return;
        }
        if (!typed) {
            body.add(scans(p));
        }
        Button open = new Button(getTranslation("marking.openKey"), e -> Confirm.ask("marking.openKey",
                "marking.openKey.confirm", new Object[] {p.scripts()}, "marking.openKey", () -> Actions.attempt(() -> {
                    List<FinalMark> marks = marking.openKey(p.positionId(), p.partNo(), p.purpose());
                    Notices.success("marking.keyOpened");
                    body.removeAll();
                    body.add(done);
                    showOpened(marks);
                })));
        open.setId("open-key");
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        body.add(open);
    }

    /** Scans of the scripts' bodies, one PDF per script chosen by its codes. */
    private VerticalLayout scans(PartStatus p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        com.vaadin.flow.component.select.Select<vn.thituyen.grading.MarkingPapers.ScanRow> script =
                new com.vaadin.flow.component.select.Select<>();
        script.setId("scan-script");
        script.setLabel(getTranslation("marking.scanScript"));
        script.setWidth("24em");
        script.setItemLabelGenerator(r -> r.firstCode() + " / " + r.secondCode()
                + (r.scanned() ? " – " + getTranslation("marking.scanned") : ""));
        Runnable load = () -> script.setItems(Actions.fetch(() -> papers.scanRows(p.positionId(), p.partNo(),
                p.purpose())).orElse(List.of()));
        load.run();
        com.vaadin.flow.component.upload.receivers.MemoryBuffer buffer =
                new com.vaadin.flow.component.upload.receivers.MemoryBuffer();
        com.vaadin.flow.component.upload.Upload upload = vn.thituyen.common.ui.Uploads.localised(
                new com.vaadin.flow.component.upload.Upload(buffer));
        upload.setId("scan-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(vn.thituyen.grading.MarkingPapers.MAX_SCAN_BYTES);
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            vn.thituyen.grading.MarkingPapers.ScanRow chosen = script.getValue();
            if (chosen == null) {
                script.setErrorMessage(getTranslation("validation.required"));
                script.setInvalid(true);
            } else {
                Actions.attempt(() -> {
                    byte[] pdf;
                    try (java.io.InputStream in = buffer.getInputStream()) {
                        pdf = in.readAllBytes();
                    } catch (java.io.IOException unreadable) {
                        throw new vn.thituyen.common.DomainException("error.marking.scanNotPdf",
                                vn.thituyen.grading.MarkingPapers.MAX_SCAN_BYTES / (1024 * 1024));
                    }
                    papers.uploadScan(chosen.scriptId(), pdf);
                    Notices.success("marking.scanUploaded", chosen.secondCode());
                    load.run();
                });
            }
            upload.clearFileList();
        });
        box.add(new H3(getTranslation("marking.scans")), new Paragraph(getTranslation("marking.scans.help")), script,
                upload);
        return box;
    }

    /** The code sheet to sign and seal, and the code labels to stick on the scripts. */
    private com.vaadin.flow.component.orderedlayout.HorizontalLayout papers(PartStatus p) {
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(
                vn.thituyen.common.ui.Downloads.pdf("bien-ban-ghep-phach.pdf",
                        () -> papers.codeSheetPdf(p.positionId(), p.partNo(), p.purpose()).bytes(),
                        getTranslation("marking.downloadCodeSheet"), "code-sheet-pdf"),
                vn.thituyen.common.ui.Downloads.pdf("nhan-phach.pdf",
                        () -> papers.labelsPdf(p.positionId(), p.partNo(), p.purpose()).bytes(),
                        getTranslation("marking.downloadLabels"), "labels-pdf"));
    }

    /** The marks joined to the candidates, by candidate number. */
    private void showOpened(List<FinalMark> marks) {
        opened.setItems(marks.stream().sorted(java.util.Comparator.comparing(
                (FinalMark m) -> candidate(m.applicationId()).candidateNumber())).toList());
        body.add(new H3(getTranslation("marking.opened")), opened);
    }

    private void anonymise(PartStatus p) {
        List<Intake> scripts = intake.getSelectedItems().stream()
                .map(c -> new Intake(c.applicationId(), java.util.Optional.ofNullable(pages.get(c.applicationId()))
                        .map(IntegerField::getValue).orElse(0))).toList();
        Confirm.ask("marking.anonymise", "marking.anonymise.confirm", new Object[] {scripts.size()},
                "marking.anonymise", () -> Actions.attempt(() -> {
                    List<CodeLine> sheet = marking.anonymise(p.positionId(), p.partNo(), scripts);
                    Notices.success("marking.anonymised", sheet.size());
                    codeSheet.setItems(sheet);
                    body.removeAll();
                    body.add(new Paragraph(getTranslation("marking.codeSheet.keep")), papers(p), codeSheet);
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.anonymisation");
    }
}
