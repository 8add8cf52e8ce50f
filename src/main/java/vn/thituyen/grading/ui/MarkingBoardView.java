package vn.thituyen.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.ScoreField;
import vn.thituyen.grading.WrittenMarkingService;
import vn.thituyen.grading.WrittenMarkingService.BoardRow;
import vn.thituyen.grading.WrittenMarkingService.Marker;
import vn.thituyen.grading.WrittenMarkingService.MarkerPair;
import vn.thituyen.grading.WrittenMarkingService.PartStatus;
import vn.thituyen.grading.domain.MarkerMonitor;
import vn.thituyen.grading.domain.WrittenMarkRule.State;

/**
 * The marking board head's desk (Trưởng ban chấm thi): deal the scripts at random to pairs of markers, follow every
 * script by its code, decide what the rule sends to the head (a mark, an automatic zero, a third marker), and watch
 * the markers (count, mean, spread, out of tolerance) while marking goes on. The council chair sees the same.
 */
@Route(value = "marking/board", layout = MainLayout.class)
@RolesAllowed({"GRADER", "CHAIR"})
public class MarkingBoardView extends VerticalLayout implements HasDynamicTitle {

    final WrittenPartPicker part = new WrittenPartPicker("written-part");
    final VerticalLayout pairs = new VerticalLayout();
    final Grid<BoardRow> grid = new Grid<>();
    final Grid<MarkerMonitor.Stats> monitor = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final ScoreField decided = new ScoreField("", BigDecimal.valueOf(100), 2);
    final TextField reason = new TextField();
    final ComboBox<Marker> third = new ComboBox<>();
    private final List<ComboBox<Marker>[]> pairFields = new ArrayList<>();
    private final transient WrittenMarkingService marking;
    private final transient vn.thituyen.grading.AppealService appeals;
    private final transient CampaignInfo campaign;
    private transient List<String> outliers = List.of();

    public MarkingBoardView(WrittenMarkingService marking, vn.thituyen.grading.AppealService appeals,
            CampaignService campaigns) {
        this.marking = marking;
        this.appeals = appeals;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        setSizeFull();
        if (campaign == null) {
            return;
        }
        part.addValueChangeListener(e -> show());
        buildGrids();
        decided.setId("head-mark");
        decided.setLabel(getTranslation("marking.headMark"));
        reason.setId("head-reason");
        reason.setLabel(getTranslation("marking.headReason"));
        reason.setWidth("24em");
        third.setId("third-marker");
        third.setLabel(getTranslation("marking.thirdMarker"));
        third.setItemLabelGenerator(Marker::fullName);
        pairs.setPadding(false);
        add(new H2(getTranslation("marking.board.title", campaign.name())), part, pairs, grid, detail,
                new H3(getTranslation("marking.monitor")), monitor);
        Actions.fetch(() -> marking.writtenParts(campaign.id())).ifPresent(list -> {
            part.setItems(list);
            list.stream().filter(PartStatus::anonymised).findFirst().ifPresent(part::setValue);
        });
    }

    private void buildGrids() {
        grid.setId("board-grid");
        grid.addColumn(BoardRow::code).setHeader(getTranslation("marking.code")).setAutoWidth(true);
        grid.addColumn(r -> r.marker1() == null ? "" : r.marker1() + " / " + (r.marker2() == null ? "…" : r.marker2()))
                .setHeader(getTranslation("marking.markers")).setAutoWidth(true);
        grid.addColumn(r -> numbers().score(r.first()) + " / " + numbers().score(r.second()))
                .setHeader(getTranslation("marking.marks")).setAutoWidth(true);
        grid.addColumn(r -> numbers().score(r.gap())).setHeader(getTranslation("marking.gap")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("marking.state." + r.state())).setHeader(getTranslation("marking.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.mark() == null ? "" : numbers().score(r.mark()) + " ("
                + getTranslation("marking.basis." + r.basis()) + ")").setHeader(getTranslation("marking.final"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.zeroReasons().isEmpty() ? "" : r.zeroReasons().stream()
                .map(x -> getTranslation("marking.zero." + x)).collect(Collectors.joining(", "))
                + (r.zeroConfirmed() == null ? " (?)" : ""))
                .setHeader(getTranslation("marking.zeroReport")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        monitor.setId("marker-monitor");
        monitor.addColumn(MarkerMonitor.Stats::marker).setHeader(getTranslation("marking.marker")).setAutoWidth(true);
        monitor.addColumn(MarkerMonitor.Stats::marked).setHeader(getTranslation("marking.marked"));
        monitor.addColumn(s -> numbers().score(s.mean())).setHeader(getTranslation("marking.mean"));
        monitor.addColumn(s -> numbers().score(s.spread())).setHeader(getTranslation("marking.spread"));
        monitor.addColumn(s -> s.outOfTolerance() + "/" + s.paired()).setHeader(getTranslation("marking.outOfTolerance"))
                .setAutoWidth(true);
        monitor.addColumn(s -> outliers.contains(s.marker()) ? getTranslation("marking.outlier") : "")
                .setHeader("").setAutoWidth(true);
        monitor.setAllRowsVisible(true);
    }

    private void show() {
        PartStatus p = part.getValue();
        pairs.removeAll();
        detail.removeAll();
        grid.setItems(List.of());
        monitor.setItems(List.of());
        if (p == null) {
            return;
        }
        if (!p.anonymised()) {
            pairs.add(new Paragraph(getTranslation("marking.notAnonymisedYet")));
            return;
        }
        if (!p.bundlesDrawn()) {
            pairs.add(dealing(p));
        }
        if (p.purpose() == vn.thituyen.grading.domain.WrittenPart.Purpose.MARKING && p.keyOpen()) {
            // the appeals board head takes the paid appeals of this paper into a blind re-marking
            Button takeIn = new Button(getTranslation("appeal.takeIn"), e -> Confirm.ask("appeal.takeIn",
                    "appeal.takeIn.confirm", new Object[] {}, "appeal.takeIn", () -> Actions.attempt(() -> {
                        int n = appeals.takeIntoRemarking(p.positionId(), p.partNo());
                        Notices.success("appeal.takenIn", n);
                        reloadParts();
                    })));
            takeIn.setId("take-in-appeals");
            pairs.add(takeIn);
        }
        Actions.fetch(() -> marking.board(p.positionId(), p.partNo(), p.purpose())).ifPresent(rows -> {
            grid.setItems(rows);
            grid.recalculateColumnWidths();
        });
        Actions.fetch(() -> marking.monitoring(p.positionId(), p.partNo(), p.purpose())).ifPresent(m -> {
            outliers = m.outliers();
            monitor.setItems(m.markers());
        });
    }

    /** Pairs of markers, then "deal": the scripts go at random, evenly, never to a candidate's relative. */
    @SuppressWarnings("unchecked")
    private VerticalLayout dealing(PartStatus p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<Marker> markers = Actions.fetch(() -> marking.markers(p.positionId(), p.purpose())).orElse(List.of());
        pairFields.clear();
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        Runnable addPair = () -> {
            ComboBox<Marker> a = new ComboBox<>(getTranslation("marking.marker1"), markers);
            ComboBox<Marker> b = new ComboBox<>(getTranslation("marking.marker2"), markers);
            a.setItemLabelGenerator(Marker::fullName);
            b.setItemLabelGenerator(Marker::fullName);
            a.setId("pair-" + pairFields.size() + "-first");
            b.setId("pair-" + pairFields.size() + "-second");
            pairFields.add(new ComboBox[] {a, b});
            rows.add(new HorizontalLayout(a, b));
        };
        addPair.run();
        Button more = new Button(getTranslation("marking.addPair"), e -> addPair.run());
        more.setId("add-pair");
        Button deal = new Button(getTranslation("marking.deal"), e -> {
            List<MarkerPair> chosen = pairFields.stream().filter(f -> f[0].getValue() != null && f[1].getValue() != null)
                    .map(f -> new MarkerPair(f[0].getValue().userId(), f[1].getValue().userId())).toList();
            Confirm.ask("marking.deal", "marking.deal.confirm", new Object[] {p.scripts(), chosen.size()},
                    "marking.deal", () -> Actions.attempt(() -> {
                        int n = marking.drawBundles(p.positionId(), p.partNo(), p.purpose(), chosen);
                        Notices.success("marking.dealt", n, chosen.size());
                        reloadParts();
                    }));
        });
        deal.setId("deal");
        deal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph(getTranslation("marking.deal.help")), rows, new HorizontalLayout(more, deal));
        return box;
    }

    private void reloadParts() {
        PartStatus current = part.getValue();
        Actions.fetch(() -> marking.writtenParts(campaign.id())).ifPresent(list -> {
            part.setItems(list);
            list.stream().filter(x -> current != null && x.positionId() == current.positionId()
                    && x.partNo() == current.partNo() && x.purpose() == current.purpose()).findFirst()
                    .ifPresent(part::setValue);
        });
    }

    private void showDetail(BoardRow r) {
        detail.removeAll();
        PartStatus p = part.getValue();
        if (r == null || p == null || p.keyOpen()) {
            return;
        }
        detail.add(new H3(getTranslation("marking.script", r.code(), r.pages())));
        reason.clear();
        if (r.zeroConfirmed() == null && !r.zeroReasons().isEmpty()) {
            Button confirm = new Button(getTranslation("marking.zeroConfirm"), e -> Confirm.ask("marking.zeroConfirm",
                    "marking.zeroConfirm.confirm", new Object[] {r.code()}, "marking.zeroConfirm",
                    () -> decideZero(r, true)));
            confirm.setId("zero-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button reject = new Button(getTranslation("marking.zeroReject"), e -> decideZero(r, false));
            reject.setId("zero-reject");
            detail.add(vn.thituyen.common.ui.Rows.of(reason, confirm, reject));
        } else if (r.state() == State.HEAD_DECISION_REQUIRED) {
            decided.clear();
            Button decide = new Button(getTranslation("marking.decide"), e -> decided.score().ifPresent(v ->
                    Actions.attempt(() -> {
                        marking.decideMark(r.scriptId(), v, reason.getValue());
                        Notices.success("marking.decided", r.code());
                        show();
                    }, Map.of("mark", decided, "reason", reason))));
            decide.setId("decide-mark");
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(vn.thituyen.common.ui.Rows.of(decided, reason, decide));
        } else if (r.state() == State.THIRD_MARK_REQUIRED && r.marker3() == null) {
            third.setItems(Actions.fetch(() -> marking.markers(p.positionId(), p.purpose())).orElse(List.of()));
            Button assign = new Button(getTranslation("marking.assignThird"), e -> {
                if (third.getValue() != null) {
                    Actions.attempt(() -> {
                        marking.assignThirdMarker(r.scriptId(), third.getValue().userId());
                        Notices.success("marking.thirdAssigned", r.code());
                        show();
                    });
                }
            });
            assign.setId("assign-third");
            detail.add(vn.thituyen.common.ui.Rows.of(third, assign));
        } else {
            detail.add(new Paragraph(getTranslation("marking.state." + r.state())));
        }
    }

    private void decideZero(BoardRow r, boolean confirmed) {
        Actions.attempt(() -> {
            marking.decideZero(r.scriptId(), confirmed, reason.getValue());
            Notices.success(confirmed ? "marking.zeroConfirmed" : "marking.zeroRejected", r.code());
            show();
        }, Map.of("reason", reason));
    }

    private Numbers numbers() {
        return new Numbers(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.markingBoard");
    }
}
