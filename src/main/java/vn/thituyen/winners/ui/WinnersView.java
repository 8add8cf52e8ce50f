package vn.thituyen.winners.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.registration.CandidateDocuments;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.winners.CancellationKind;
import vn.thituyen.winners.WinnersService;
import vn.thituyen.winners.WinnersService.DossierLine;
import vn.thituyen.winners.WinnersService.ItemCheck;

/**
 * The winners' dossiers (người trúng tuyển, ND 138/2020/NĐ-CP Art. 17), per position: the state (waiting, complete,
 * overdue, cancelled), each checklist item with the scans the winner uploaded, checked by the secretary; the
 * cancellation of a result with its kind and reason (confirmed, irreversible); who is next in line after a
 * cancellation and the new version of the results that recognises them (approved by the chair and published on the
 * results screen).
 */
@Route(value = "winners", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "CHAIR", "ADMIN"})
public class WinnersView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final Grid<DossierLine> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final VerticalLayout nextInLine = new VerticalLayout();
    private final transient WinnersService winners;
    private final transient ResultsService results;
    private final transient CandidateDocuments documents;
    private final transient CampaignInfo campaign;
    private final boolean secretary;
    private final boolean chair;

    public WinnersView(WinnersService winners, ResultsService results, CandidateDocuments documents,
            CampaignService campaigns, AuthenticationContext auth) {
        this.winners = winners;
        this.results = results;
        this.documents = documents;
        this.secretary = auth.hasRole("SECRETARY");
        this.chair = auth.hasRole("CHAIR");
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setWidthFull();
        if (campaign == null) {
            return;
        }
        add(new H2(getTranslation("winners.title", campaign.name())));
        Paragraph hint = new Paragraph(getTranslation("winners.hint"));
        add(hint);
        grid.setId("dossiers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DossierLine::positionName).setHeader(getTranslation("field.position")).setFlexGrow(3);
        grid.addColumn(DossierLine::candidateNumber).setHeader(getTranslation("field.candidateNumber"))
                .setFlexGrow(1);
        grid.addColumn(DossierLine::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(3);
        grid.addColumn(d -> DAY.format(d.noticedOn())).setHeader(getTranslation("winners.noticedOn")).setFlexGrow(1);
        grid.addColumn(d -> DAY.format(d.deadline())).setHeader(getTranslation("winners.deadline")).setFlexGrow(1);
        grid.addColumn(d -> getTranslation("dossierState." + d.state())
                + (d.cancellation() == null ? "" : " – " + getTranslation("cancellationKind." + d.cancellation().kind())))
                .setHeader(getTranslation("winners.state")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("winners.verifiedCount",
                d.items().stream().filter(i -> Boolean.TRUE.equals(i.verified())).count(), d.items().size()))
                .setHeader(getTranslation("winners.items")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        detail.setPadding(false);
        detail.setId("dossier-detail");
        nextInLine.setPadding(false);
        nextInLine.setId("next-in-line");
        add(grid, detail, nextInLine);
        refresh(null);
    }

    private void refresh(Long select) {
        List<DossierLine> lines = winners.dossiers(campaign.id());
        grid.setItems(lines);
        if (lines.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("winners.none"));
            none.setId("winners-none");
            detail.removeAll();
            detail.add(none);
        }
        lines.stream().filter(l -> select != null && l.id() == select).findFirst().ifPresentOrElse(grid::select,
                () -> showDetail(grid.asSingleSelect().getValue()));
        showNextInLine();
    }

    private void showDetail(DossierLine d) {
        detail.removeAll();
        if (d == null) {
            return;
        }
        H3 name = new H3(getTranslation("winners.detail", d.fullName(), d.candidateNumber(), d.positionName()));
        name.setId("dossier-name");
        Paragraph state = new Paragraph(getTranslation("winners.detail.state",
                getTranslation("dossierState." + d.state()), DAY.format(d.noticedOn()), DAY.format(d.deadline())));
        state.setId("dossier-state");
        detail.add(name, state);
        List<CandidateDocuments.Document> scans = Actions.fetch(() -> documents.dossierDocuments(d.applicationId()))
                .orElse(List.of());
        for (ItemCheck item : d.items()) {
            detail.add(itemRow(d, item, scans.stream().filter(s -> item.item().equals(s.claim())).toList()));
        }
        if (d.cancellation() != null) {
            Paragraph c = new Paragraph(getTranslation("winners.cancelled", getTranslation("cancellationKind."
                    + d.cancellation().kind()), d.cancellation().reason(), d.cancellation().cancelledBy(),
                    STAMP.format(d.cancellation().cancelledAt().atZone(ClockConfiguration.ZONE))));
            c.setId("dossier-cancellation");
            detail.add(c);
        } else if (secretary || chair) {
            detail.add(cancelForm(d));
        }
    }

    /** One checklist item: the scans, the latest check, and the secretary's verify/refuse with a note. */
    private VerticalLayout itemRow(DossierLine d, ItemCheck item, List<CandidateDocuments.Document> scans) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("item-" + item.item());
        box.add(new H4(getTranslation("dossierItem." + item.item())));
        Span check = new Span(item.verified() == null ? getTranslation("dossier.item.waiting")
                : getTranslation(item.verified() ? "winners.item.verified" : "winners.item.refused",
                        item.checkedBy(), STAMP.format(item.checkedAt().atZone(ClockConfiguration.ZONE)))
                        + (item.note() == null ? "" : " – " + item.note()));
        check.setId("item-check-" + item.item());
        box.add(check);
        if (scans.isEmpty()) {
            box.add(new Span(getTranslation("documents.none")));
        }
        for (CandidateDocuments.Document s : scans) {
            Anchor link = Downloads.file(s.fileName(), s.contentType(), () -> documents.file(s.id()).data(),
                    getTranslation("documents.open", s.fileName(), Math.max(1, (s.sizeBytes() + 1023) / 1024)),
                    "document-" + s.id());
            box.add(link);
        }
        if (secretary && d.cancellation() == null) {
            TextField note = new TextField(getTranslation("winners.note"));
            note.setId("note-" + item.item());
            note.setMaxLength(500);
            Button verify = new Button(getTranslation("winners.verify"), e -> Actions.attempt(() -> {
                winners.checkItem(d.id(), item.item(), true, note.getValue());
                Notices.success("winners.checked");
                refresh(d.id());
            }, Map.of("note", note)));
            verify.setId("verify-" + item.item());
            verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button refuse = new Button(getTranslation("winners.refuse"), e -> Actions.attempt(() -> {
                winners.checkItem(d.id(), item.item(), false, note.getValue());
                Notices.success("winners.checked");
                refresh(d.id());
            }, Map.of("note", note)));
            refuse.setId("refuse-" + item.item());
            refuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(note, verify, refuse);
            row.setAlignItems(Alignment.BASELINE);
            box.add(row);
        }
        return box;
    }

    /** Cancelling the result: the kind and the reason, then a confirmation (it cannot be undone). */
    private VerticalLayout cancelForm(DossierLine d) {
        Select<CancellationKind> kind = new Select<>();
        kind.setId("cancel-kind");
        kind.setLabel(getTranslation("winners.cancel.kind"));
        kind.setItems(CancellationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("cancellationKind." + k));
        TextArea reason = new TextArea(getTranslation("winners.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(1000);
        reason.setWidth("40em");
        Button cancel = new Button(getTranslation("winners.cancel"), e -> Confirm.ask("winners.cancel",
                "winners.cancel.confirm", new Object[] {d.fullName(), d.positionName()}, "winners.cancel",
                () -> Actions.attempt(() -> {
                    winners.cancel(d.id(), kind.getValue(), reason.getValue());
                    Notices.success("winners.cancel.done", d.fullName());
                    refresh(d.id());
                }, Map.of("kind", kind, "reason", reason))));
        cancel.setId("cancel-result");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout box = new VerticalLayout(new H4(getTranslation("winners.cancel.title")), kind, reason, cancel);
        box.setPadding(false);
        box.setId("cancel-form");
        return box;
    }

    /** After a cancellation: who is next in line per position, and (secretary) the new version of the results. */
    private void showNextInLine() {
        nextInLine.removeAll();
        List<ResultsService.NextInLine> next = results.nextInLine(campaign.id());
        if (next.isEmpty()) {
            return;
        }
        nextInLine.add(new H3(getTranslation("winners.next.title")));
        for (ResultsService.NextInLine n : next) {
            String who = n.recognised().stream().map(WinnersView::name).collect(Collectors.joining(", "));
            String tied = n.tied().stream().map(WinnersView::name).collect(Collectors.joining(", "));
            String text = n.recognised().isEmpty() && n.tied().isEmpty()
                    ? getTranslation("winners.next.none", n.positionName(), n.places())
                    : getTranslation("winners.next.line", n.positionName(), n.places(), who.isEmpty() ? "—" : who)
                            + (tied.isEmpty() ? "" : " " + getTranslation("winners.next.tied", tied));
            Paragraph p = new Paragraph(text);
            p.addClassName("next-line");
            nextInLine.add(p);
        }
        if (secretary) {
            Button recognise = new Button(getTranslation("winners.next.compute"), e -> Confirm.ask(
                    "winners.next.compute", "winners.next.compute.confirm", new Object[0], "winners.next.compute",
                    () -> Actions.attempt(() -> {
                        results.computeAfterCancellation(campaign.id());
                        Notices.success("winners.next.computed");
                        refresh(null);
                    })));
            recognise.setId("recognise-next");
            recognise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nextInLine.add(recognise);
        }
    }

    private static String name(ResultLine l) {
        return l.candidateNumber() + " – " + l.fullName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.winners");
    }
}
