package vn.thituyen.publication.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.LanguageSwitch;
import vn.thituyen.publication.BirthDateShown;
import vn.thituyen.common.Letterhead;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.results.ResultsService.ResultLine;

/** Published results, open to everyone without signing in, with the official PDF and the portal's JSON. */
@Route("public/results")
@AnonymousAllowed
public class PublicResultsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public PublicResultsView(PublicationService publication) {
        Letterhead head = publication.letterhead();
        add(new HorizontalLayout(new Anchor("login", getTranslation("login.title")), new LanguageSwitch()),
                new Paragraph(head.parentAuthority() + " – " + head.authority()),
                new H1(getTranslation("public.title")));
        var campaigns = publication.campaignsWithPublishedResults();
        if (campaigns.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("public.none"));
            none.setId("no-results");
            add(none);
            return;
        }
        BirthDateShown birth = publication.birthDateShown();
        Numbers num = new Numbers(getLocale());
        for (var c : campaigns) {
            var published = publication.published(c.code()).orElseThrow();
            if (c.authority() != null) {
                add(new Paragraph(publication.letterheadFor(c).authority()));
            }
            Anchor pdf = new Anchor("api/public/campaigns/" + c.code() + "/results.pdf", getTranslation("public.pdf"));
            pdf.setId("pdf-" + c.code());
            pdf.setTarget("_blank");
            Anchor json = new Anchor("api/public/campaigns/" + c.code() + "/results", getTranslation("public.json"));
            json.setId("json-" + c.code());
            json.setTarget("_blank");
            Anchor xlsx = new Anchor("api/public/campaigns/" + c.code() + "/results.xlsx",
                    getTranslation("public.xlsx"));
            xlsx.setId("xlsx-" + c.code());
            Grid<ResultLine> grid = new Grid<>();
            grid.setId("public-results-" + c.code());
            grid.addColumn(ResultLine::candidateNumber).setHeader(getTranslation("field.candidateNumber"));
            grid.addColumn(ResultLine::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
            if (birth != BirthDateShown.NONE) {
                grid.addColumn(l -> birth.format(l.dateOfBirth())).setHeader(getTranslation("field.dateOfBirth"));
            }
            if (c.kind().leadership()) {
                // a leadership exam: the post, part 1 (written, the gate), part 2 (the đề án), the final score
                grid.addColumn(ResultLine::positionName).setHeader(getTranslation("leadership.post"))
                        .setAutoWidth(true);
                grid.addColumn(l -> num.score(l.part1Score())).setHeader(getTranslation("results.part1"));
                grid.addColumn(l -> num.score(l.round2Score())).setHeader(getTranslation("results.part2"));
                grid.addColumn(l -> num.score(l.total())).setHeader(getTranslation("results.final"));
            } else {
                grid.addColumn(ResultLine::positionWithAgency).setHeader(getTranslation("field.position"))
                        .setAutoWidth(true);
                grid.addColumn(l -> num.score(l.round2Score())).setHeader(getTranslation("results.round2"));
                grid.addColumn(l -> num.score(l.priorityPoints())).setHeader(getTranslation("results.priority"));
                grid.addColumn(l -> num.score(l.total())).setHeader(getTranslation("results.total"));
            }
            grid.addColumn(l -> getTranslation("outcome." + l.outcome())).setHeader(getTranslation("results.outcome"))
                    .setAutoWidth(true);
            // a province's list runs to thousands of lines: paged from the database as the reader scrolls
            long campaignId = c.id();
            grid.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<ResultLine, Void>(
                    q -> publication.publishedLines(campaignId, q.getPage(), q.getPageSize()).stream(),
                    q -> (int) publication.countPublishedLines(campaignId), ResultLine::applicationId));
            grid.setHeight("32em");
            add(new H2(c.name()), new Paragraph(getTranslation("public.publishedAt",
                    DATE.format(published.results().publishedAt().atZone(ClockConfiguration.ZONE)))),
                    new HorizontalLayout(pdf, xlsx, json), grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.title");
    }
}
