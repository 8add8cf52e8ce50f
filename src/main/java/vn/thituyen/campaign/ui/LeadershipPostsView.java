package vn.thituyen.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.LeadershipPosts.PostInfo;
import vn.thituyen.campaign.LeadershipPosts.StandardDraft;
import vn.thituyen.campaign.PostTitle;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.campaign.StandardKind;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;

/**
 * The posts of a leadership exam (ADMIN sets them up; the council reads them): the settings the province's
 * regulation decides, each post with its title, division, agency and appointing authority, and the post's standards
 * as the checklist the form-review board will decide for each candidate.
 */
@Route(value = "leadership/posts", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "SECRETARY", "CHAIR"})
public class LeadershipPostsView extends VerticalLayout implements HasDynamicTitle {

    final Select<RuleSet.Leadership.Combination> combination = new Select<>();
    final IntegerField part1Weight = new IntegerField();
    final Checkbox confidenceVote = new Checkbox();
    final Checkbox namedBallots = new Checkbox();
    final Checkbox outsideCandidates = new Checkbox();
    final IntegerField presentationMinutes = new IntegerField();
    final IntegerField questionMinutes = new IntegerField();
    final Grid<PostInfo> grid = new Grid<>();
    final TextField code = new TextField();
    final Select<PostTitle> title = new Select<>();
    final TextField division = new TextField();
    final TextField agency = new TextField();
    final TextField authority = new TextField();
    final VerticalLayout standardRows = new VerticalLayout();
    final List<StandardRow> standards = new ArrayList<>();
    final Button saveStandards = new Button();

    private final transient LeadershipPosts posts;
    private final transient CampaignInfo campaign;
    private final boolean admin;
    private PostInfo editing;

    /** One line of the checklist being edited. */
    record StandardRow(Select<StandardKind> kind, TextArea requirement) {
    }

    public LeadershipPostsView(LeadershipPosts posts, CampaignService campaigns,
            vn.thituyen.campaign.CampaignSetupService setup, CurrentUser currentUser) {
        this.posts = posts;
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        // the posts, standards and settings change only while the campaign may (a draft, or before registration)
        this.admin = currentUser.hasRole(Role.ADMIN) && campaign != null && setup.isEditable(campaign.id());
        if (campaign == null) {
            return;
        }
        add(new H2(getTranslation("leadership.posts.title", campaign.name())));
        if (!campaign.kind().leadership()) {
            add(new Paragraph(getTranslation("leadership.notLeadershipCampaign")));
            return;
        }
        add(new Paragraph(getTranslation("leadership.posts.hint")));
        if (!admin) {
            Paragraph fixed = new Paragraph(getTranslation("leadership.posts.fixed"));
            fixed.setId("posts-fixed");
            add(fixed);
        }
        add(settingsSection(), postsSection());
        refresh();
    }

    private VerticalLayout settingsSection() {
        RuleSet.Leadership s = posts.settings(campaign.id());
        combination.setId("leadership-combination");
        combination.setLabel(getTranslation("leadership.combination"));
        combination.setItems(RuleSet.Leadership.Combination.values());
        combination.setItemLabelGenerator(c -> getTranslation("leadership.combination." + c));
        combination.setValue(s.combination());
        part1Weight.setId("leadership-part1-weight");
        part1Weight.setLabel(getTranslation("leadership.part1Weight"));
        part1Weight.setValue(s.part1Weight() == 0 ? null : s.part1Weight());
        part1Weight.setEnabled(s.combination() == RuleSet.Leadership.Combination.WEIGHTS);
        combination.addValueChangeListener(e -> part1Weight
                .setEnabled(e.getValue() == RuleSet.Leadership.Combination.WEIGHTS));
        presentationMinutes.setId("leadership-presentation-minutes");
        presentationMinutes.setLabel(getTranslation("leadership.presentationMinutes"));
        presentationMinutes.setValue(s.presentationMinutes());
        questionMinutes.setId("leadership-question-minutes");
        questionMinutes.setLabel(getTranslation("leadership.questionMinutes"));
        questionMinutes.setValue(s.questionMinutes());
        confidenceVote.setId("leadership-confidence-vote");
        confidenceVote.setLabel(getTranslation("leadership.confidenceVote"));
        confidenceVote.setValue(s.confidenceVote());
        namedBallots.setId("leadership-named-ballots");
        namedBallots.setLabel(getTranslation("leadership.namedBallots"));
        namedBallots.setValue(s.namedBallots());
        outsideCandidates.setId("leadership-outside");
        outsideCandidates.setLabel(getTranslation("leadership.outsideCandidates"));
        outsideCandidates.setValue(s.outsideCandidates());
        for (com.vaadin.flow.component.HasSize f : List.<com.vaadin.flow.component.HasSize>of(combination,
                part1Weight, presentationMinutes, questionMinutes)) {
            f.setWidth("18em");
        }
        combination.setReadOnly(!admin);
        part1Weight.setReadOnly(!admin);
        presentationMinutes.setReadOnly(!admin);
        questionMinutes.setReadOnly(!admin);
        confidenceVote.setReadOnly(!admin);
        namedBallots.setReadOnly(!admin);
        outsideCandidates.setReadOnly(!admin);
        Button save = new Button(getTranslation("leadership.saveSettings"), e -> Actions.run(
                () -> posts.saveSettings(campaign.id(), combination.getValue(), part1Weight.getValue(),
                        confidenceVote.getValue(), namedBallots.getValue(), outsideCandidates.getValue(),
                        presentationMinutes.getValue(), questionMinutes.getValue()),
                "leadership.settingsSaved", Map.of("part1Weight", part1Weight, "presentationMinutes",
                        presentationMinutes, "questionMinutes", questionMinutes), () -> { }));
        save.setId("save-leadership-settings");
        save.setVisible(admin);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("leadership.settings")),
                new Paragraph(getTranslation("leadership.settings.hint", s.part1Gate().toPlainString(),
                        s.winningMark().toPlainString(), s.minimumCandidates())),
                Rows.of(combination, part1Weight), Rows.of(presentationMinutes, questionMinutes),
                confidenceVote, namedBallots, outsideCandidates, save);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout postsSection() {
        grid.setId("leadership-posts");
        grid.addColumn(PostInfo::code).setHeader(getTranslation("leadership.code")).setAutoWidth(true);
        grid.addColumn(PostInfo::name).setHeader(getTranslation("leadership.post")).setAutoWidth(true);
        grid.addColumn(PostInfo::agency).setHeader(getTranslation("leadership.agency")).setAutoWidth(true);
        grid.addColumn(PostInfo::appointingAuthority).setHeader(getTranslation("leadership.appointingAuthority"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.standards().size()).setHeader(getTranslation("leadership.standards"));
        grid.addColumn(p -> getTranslation("leadership.state." + p.state()))
                .setHeader(getTranslation("leadership.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        code.setId("post-code");
        code.setLabel(getTranslation("leadership.code"));
        code.setMaxLength(50);
        title.setId("post-title");
        title.setLabel(getTranslation("leadership.title"));
        title.setItems(PostTitle.values());
        title.setItemLabelGenerator(t -> getTranslation("leadership.title." + t));
        division.setId("post-division");
        division.setLabel(getTranslation("leadership.division"));
        division.setPlaceholder(getTranslation("leadership.division.placeholder"));
        division.setWidth("22em");
        agency.setId("post-agency");
        agency.setLabel(getTranslation("leadership.agency"));
        agency.setWidth("22em");
        authority.setId("post-authority");
        authority.setLabel(getTranslation("leadership.appointingAuthority"));
        authority.setWidth("22em");
        Button save = new Button(getTranslation("leadership.savePost"), e -> savePost());
        save.setId("save-post");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button(getTranslation("leadership.newPost"), e -> grid.asSingleSelect().clear());
        fresh.setId("new-post");
        Button addStandard = new Button(getTranslation("leadership.addStandard"),
                e -> addStandardRow(StandardKind.OTHER, ""));
        addStandard.setId("add-standard");
        saveStandards.setText(getTranslation("leadership.saveStandards"));
        saveStandards.setId("save-standards");
        saveStandards.addClickListener(e -> saveStandards());
        standardRows.setPadding(false);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("leadership.posts")), grid,
                new H3(getTranslation("leadership.postForm")), Rows.of(code, title, division),
                Rows.of(agency, authority), Rows.of(save, fresh),
                new H3(getTranslation("leadership.standards")),
                new Paragraph(getTranslation("leadership.standards.hint")), standardRows,
                Rows.of(addStandard, saveStandards));
        // read only for whoever may not change them now: the same screen, nothing to press
        title.setReadOnly(!admin);
        division.setReadOnly(!admin);
        agency.setReadOnly(!admin);
        authority.setReadOnly(!admin);
        for (Button b : List.of(save, fresh, addStandard, saveStandards)) {
            b.setVisible(admin);
        }
        box.setPadding(false);
        edit(null);
        return box;
    }

    private void edit(PostInfo p) {
        editing = p;
        code.setValue(p == null ? "" : p.code());
        code.setReadOnly(p != null || !admin);
        title.setValue(p == null ? PostTitle.HEAD : p.title());
        division.setValue(p == null ? "" : p.division());
        agency.setValue(p == null ? "" : p.agency());
        authority.setValue(p == null ? "" : p.appointingAuthority());
        standards.clear();
        standardRows.removeAll();
        if (p != null) {
            p.standards().forEach(s -> addStandardRow(s.kind(), s.requirement()));
        }
        saveStandards.setEnabled(p != null);
    }

    private void addStandardRow(StandardKind kind, String requirement) {
        int i = standards.size();
        Select<StandardKind> k = new Select<>();
        k.setId("standard-kind-" + i);
        k.setLabel(getTranslation("leadership.standardKind"));
        k.setItems(StandardKind.values());
        k.setItemLabelGenerator(x -> getTranslation("standardKind." + x));
        k.setValue(kind);
        TextArea text = new TextArea(getTranslation("leadership.requirement"));
        text.setId("standard-text-" + i);
        text.setMaxLength(1000);
        text.setWidth("36em");
        text.setValue(requirement);
        k.setReadOnly(!admin);
        text.setReadOnly(!admin);
        StandardRow row = new StandardRow(k, text);
        Button remove = new Button(getTranslation("leadership.removeStandard"));
        remove.setVisible(admin);
        remove.setId("remove-standard-" + i);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var line = Rows.of(k, text, remove);
        remove.addClickListener(e -> {
            standards.remove(row);
            standardRows.remove(line);
        });
        standards.add(row);
        standardRows.add(line);
    }

    private void savePost() {
        Long id = editing == null ? null : editing.positionId();
        LeadershipPosts.PostDraft d = new LeadershipPosts.PostDraft(code.getValue(), title.getValue(),
                division.getValue(), agency.getValue(), authority.getValue());
        long[] saved = new long[1];
        Actions.run(() -> saved[0] = posts.savePost(campaign.id(), id, d), "leadership.postSaved",
                Map.of("code", code, "title", title, "division", division, "agency", agency, "appointingAuthority",
                        authority), () -> {
                    refresh();
                    grid.getListDataView().getItems().filter(p -> p.positionId() == saved[0]).findFirst()
                            .ifPresent(grid::select);
                });
    }

    private void saveStandards() {
        if (editing == null) {
            return;
        }
        List<StandardDraft> drafts = standards.stream()
                .map(r -> new StandardDraft(r.kind().getValue(), r.requirement().getValue())).toList();
        Map<String, TextArea> fields = new HashMap<>();
        for (int i = 0; i < standards.size(); i++) {
            fields.put("standard." + i, standards.get(i).requirement());
        }
        long id = editing.positionId();
        Actions.run(() -> posts.saveStandards(id, drafts), "leadership.standardsSaved", fields, () -> {
            refresh();
            grid.getListDataView().getItems().filter(p -> p.positionId() == id).findFirst()
                    .ifPresent(grid::select);
        });
    }

    private void refresh() {
        grid.setItems(posts.posts(campaign.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.leadershipPosts");
    }
}
