package vn.thituyen.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Page not found" in the user's language with a way home, HTTP 404, in every mode: it replaces Vaadin's own
 * page, which in development mode lists every route of the application.
 */
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        H1 title = new H1(getTranslation("notFound.title"));
        title.setId("not-found-title");
        Paragraph text = new Paragraph(getTranslation("notFound.text", "/" + event.getLocation().getPath()));
        text.setId("not-found-text");
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        home.setId("not-found-home");
        Main page = new Main(new Div(new LanguageSwitch()), title, text, new Paragraph(home));
        page.addClassName("not-found");
        getElement().appendChild(page.getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }
}
