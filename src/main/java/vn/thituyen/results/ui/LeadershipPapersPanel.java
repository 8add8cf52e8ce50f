package vn.thituyen.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.results.LeadershipPapers;
import vn.thituyen.results.LeadershipPapers.PaperInfo;

/**
 * A leadership exam's papers on the results screen: per post the minutes of part 1, the summary of the đề án ballots
 * and the minutes of the result, then the report to the appointing authority; each a draft until the chair approves
 * the results, then the frozen copy with its SHA-256.
 */
class LeadershipPapersPanel extends VerticalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final Grid<PaperInfo> grid = new Grid<>();
    private final transient LeadershipPapers papers;
    private final long campaignId;

    LeadershipPapersPanel(LeadershipPapers papers, long campaignId) {
        this.papers = papers;
        this.campaignId = campaignId;
        setPadding(false);
        setId("leadership-papers");
        grid.setId("papers-grid");
        // the state grows from "Dự thảo" to the date and the checksum: cells wrap rather than widths being fixed
        // by the first rendering
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.postName() == null ? getTranslation("leadership.papers.allPosts") : p.postName())
                .setHeader(getTranslation("leadership.papers.post")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("leadership.papers.kind." + p.kind()))
                .setHeader(getTranslation("leadership.papers.paper")).setFlexGrow(3);
        grid.addComponentColumn(this::state).setHeader(getTranslation("leadership.papers.state")).setFlexGrow(2);
        grid.addComponentColumn(this::download).setKey("download").setWidth("8em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("leadership.papers.title")), new Paragraph(getTranslation("leadership.papers.intro")),
                grid);
        refresh();
    }

    void refresh() {
        grid.setItems(papers.papers(campaignId));
    }

    private Component state(PaperInfo p) {
        if (!p.available()) {
            return new Span(getTranslation(p.missingKey()));
        }
        if (p.frozen()) {
            return new Span(getTranslation("leadership.papers.frozen",
                    STAMP.format(p.frozenAt().atZone(ClockConfiguration.ZONE)), p.sha256().substring(0, 16) + "…"));
        }
        Span draft = new Span(getTranslation("leadership.papers.draft"));
        draft.getElement().getThemeList().add("badge contrast");
        return draft;
    }

    private Component download(PaperInfo p) {
        if (!p.available()) {
            return new Span();
        }
        String id = "paper-" + p.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (p.positionId() == null ? "" : "-" + p.positionId());
        return Downloads.pdf(p.fileName(), () -> papers.paper(campaignId, p.kind(), p.positionId()).bytes(),
                getTranslation("leadership.papers.download"), id);
    }
}
