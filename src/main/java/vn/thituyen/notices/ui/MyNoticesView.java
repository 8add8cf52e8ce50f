package vn.thituyen.notices.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.notices.Inbox;
import vn.thituyen.notices.Inbox.NoticeLine;

/** The candidate's inbox (hộp thư thông báo): every notice, newest first, with the same text as its email. */
@Route(value = "my-notices", layout = MainLayout.class)
@RolesAllowed("CANDIDATE")
public class MyNoticesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);

    final VerticalLayout list = new VerticalLayout();

    public MyNoticesView(Inbox inbox) {
        add(new H2(getTranslation("notice.mine.title")));
        list.setId("my-notices");
        list.setPadding(false);
        List<NoticeLine> mine = Actions.fetch(inbox::mine).orElse(List.of());
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.mine.none")));
        }
        for (NoticeLine n : mine) {
            Div card = new Div();
            card.setId("notice-" + n.id());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)")
                    .set("width", "100%").set("box-sizing", "border-box");
            Span when = new Span(WHEN.format(n.createdAt()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Paragraph body = new Paragraph(n.body());
            // the body keeps its line breaks, as in the email
            body.getStyle().set("white-space", "pre-line");
            card.add(when, new H3(n.subject()), body);
            // each notice a keyboard stop: a long inbox scrolls from the keyboard, one notice at a time
            card.getElement().setAttribute("role", "article");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-label", n.subject());
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myNotices");
    }
}
