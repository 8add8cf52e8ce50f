package vn.thituyen.common.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every signed-in page: title, menu by role, language and sign-out. */
@PermitAll
public class MainLayout extends AppLayout {

    /** menu entries: route, message key, roles allowed (empty = everyone signed in) */
    private static final String[][] MENU = {
        {"my-application", "menu.myApplication", "CANDIDATE"},
        {"exam", "menu.exam", "EXAMINEE"},
        {"written-exam", "menu.writtenExam", "CANDIDATE"},
        {"my-notices", "menu.myNotices", "CANDIDATE"},
        {"my-appeals", "menu.myAppeals", "CANDIDATE"},
        {"my-proposal", "menu.myProposal", "CANDIDATE"},
        {"campaigns", "menu.campaigns", "ADMIN,SECRETARY"},
        {"review", "menu.review", "SECRETARY,ADMIN"},
        {"fees", "menu.fees", "SECRETARY,ADMIN,CHAIR"},
        {"nominations", "menu.nominations", "AGENCY"},
        {"leadership/posts", "menu.leadershipPosts", "ADMIN,SECRETARY,CHAIR"},
        {"leadership/review", "menu.leadershipReview", "SECRETARY,CHAIR,ADMIN"},
        {"leadership/criteria", "menu.criteria", "CHAIR,ADMIN,SECRETARY,GRADER"},
        {"leadership/ballots", "menu.ballots", "CHAIR,SECRETARY,GRADER"},
        {"sittings", "menu.sittings", "SECRETARY,INVIGILATOR,ADMIN,CHAIR"},
        {"interviews", "menu.interviews", "GRADER"},
        {"interviews/chair", "menu.chairScores", "CHAIR"},
        {"written-papers", "menu.writtenPapers", "SECRETARY,CHAIR,AUTHOR"},
        {"marking", "menu.marking", "GRADER"},
        {"marking/board", "menu.markingBoard", "GRADER,CHAIR"},
        {"marking/anonymise", "menu.anonymisation", "GRADER,SECRETARY,CHAIR"},
        {"appeals", "menu.appeals", "SECRETARY,CHAIR"},
        {"notices", "menu.notices", "SECRETARY,ADMIN,CHAIR"},
        {"results", "menu.results", "SECRETARY,CHAIR,ADMIN"},
        {"winners", "menu.winners", "SECRETARY,CHAIR,ADMIN"},
        {"banks", "menu.banks", "AUTHOR,CHAIR,ADMIN,SECRETARY"},
        {"blueprints", "menu.blueprints", "AUTHOR,CHAIR,SECRETARY"},
        {"item-analysis", "menu.itemAnalysis", "AUTHOR,CHAIR"},
        {"audit", "menu.audit", "ADMIN,CHAIR"},
        {"settings/letterhead", "menu.letterhead", "ADMIN"},
        {"settings/holidays", "menu.holidays", "ADMIN"},
        {"staff", "menu.staff", "ADMIN"},
        {"lockouts", "menu.lockouts", "ADMIN"},
        {"public/results", "menu.publicResults", ""},
    };

    public MainLayout(AuthenticationContext auth, java.util.List<LayoutAlarm> alarms) {
        // the full title, or on a phone the short one (thituyen.css), so sign-out stays on screen
        Span full = new Span(getTranslation("app.title"));
        full.addClassName("full");
        Span brief = new Span(getTranslation("app.shortTitle"));
        brief.addClassName("short");
        H1 title = new H1(full, brief);
        title.addClassName("app-title");
        Span who = new Span(auth.getPrincipalName().orElse(""));
        who.setId("current-user");
        Button logout = new Button(getTranslation("action.logout"), e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        DrawerToggle menu = new DrawerToggle();
        menu.getElement().setAttribute("aria-label", getTranslation("menu.toggle"));
        HorizontalLayout bar = new HorizontalLayout(menu, title, who, new LanguageSwitch(), logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);
        for (LayoutAlarm source : alarms) {
            source.alarm(auth).ifPresent(a -> {
                Object[] params = java.util.Arrays.stream(a.params())
                        .map(p -> p instanceof String key && key.contains(".") ? getTranslation(key) : p).toArray();
                com.vaadin.flow.component.html.Anchor alarm = new com.vaadin.flow.component.html.Anchor(a.route(),
                        getTranslation(a.messageKey(), params));
                alarm.setId("layout-alarm");
                alarm.addClassName("layout-alarm");
                alarm.getElement().setAttribute("role", "alert");
                bar.addComponentAtIndex(2, alarm);
            });
        }

        SideNav nav = new SideNav();
        for (String[] item : MENU) {
            boolean allowed = item[2].isEmpty();
            for (String role : item[2].split(",")) {
                allowed |= !role.isEmpty() && auth.hasRole(role);
            }
            if (allowed) {
                nav.addItem(new SideNavItem(getTranslation(item[1]), item[0]));
            }
        }
        addToDrawer(nav);
        // the exam screen needs the whole width; the candidate's two menu entries stay one click away
        if (auth.hasRole("EXAMINEE")) {
            setDrawerOpened(false);
        }
    }
}
