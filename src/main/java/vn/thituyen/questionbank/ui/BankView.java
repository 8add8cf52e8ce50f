package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.questionbank.Difficulty;
import vn.thituyen.questionbank.QuestionAuthoring;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;
import vn.thituyen.questionbank.QuestionBankService.QuestionFilter;
import vn.thituyen.questionbank.QuestionBankService.QuestionRow;
import vn.thituyen.questionbank.QuestionBankService.TopicInfo;
import vn.thituyen.questionbank.QuestionExchangeService;
import vn.thituyen.questionbank.QuestionExchangeService.ExportFile;
import vn.thituyen.questionbank.QuestionStatus;

/**
 * One bank for the question board: its topics, the newest version of each question with its status, and the
 * workflow (write, review by a second member, approval by the chair, retire), import and export.
 */
@Route(value = "bank", layout = MainLayout.class)
@RolesAllowed({"AUTHOR", "CHAIR"})
public class BankView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver,
        com.vaadin.flow.router.HasUrlParameter<Long> {

    final Grid<QuestionRow> grid = new Grid<>();
    final ComboBox<TopicInfo> topicFilter = new ComboBox<>();
    final ComboBox<QuestionStatus> statusFilter = new ComboBox<>();
    final ComboBox<Difficulty> difficultyFilter = new ComboBox<>();
    final TextField search = new TextField();
    final Span summary = new Span();
    final HorizontalLayout download = new HorizontalLayout();
    final H2 title = new H2();
    final com.vaadin.flow.component.treegrid.TreeGrid<TopicInfo> topicTree =
            new com.vaadin.flow.component.treegrid.TreeGrid<>();

    private final QuestionBankService banks;
    private final QuestionAuthoring authoring;
    private final QuestionExchangeService exchange;
    private final boolean author;
    private final boolean chair;
    private BankInfo bank;
    private java.util.Map<Long, Long> topicCounts = java.util.Map.of();

    public BankView(QuestionBankService banks, QuestionAuthoring authoring, QuestionExchangeService exchange, CurrentUser currentUser) {
        this.banks = banks;
        this.authoring = authoring;
        this.exchange = exchange;
        this.author = currentUser.hasRole(Role.AUTHOR);
        this.chair = currentUser.hasRole(Role.CHAIR);
        setSizeFull();
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, Long bankId) {
        try {
            bank = banks.bank(bankId);
        } catch (DomainException e) {
            bank = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (bank == null) {
            event.forwardTo(BanksView.class);
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        title.setText(getTranslation("bank.title", bank.code(), bank.name()));
        buildGrid();
        HorizontalLayout filters = buildFilters();
        HorizontalLayout actions = buildActions();
        topicTree.setId("topic-tree");
        topicTree.addHierarchyColumn(TopicInfo::name).setHeader(getTranslation("question.topic")).setFlexGrow(1);
        topicTree.addColumn(t -> topicCounts.getOrDefault(t.id(), 0L)).setHeader(getTranslation("bank.topicCount"))
                .setWidth("90px").setFlexGrow(0);
        topicTree.setWidth("320px");
        topicTree.setHeightFull();
        topicTree.addSelectionListener(e -> topicFilter.setValue(e.getFirstSelectedItem().orElse(null)));
        HorizontalLayout main = new HorizontalLayout(topicTree, grid);
        main.setSizeFull();
        add(title, actions, filters, main);
        reload();
    }

    private void buildGrid() {
        grid.setId("questions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(QuestionRow::id).setHeader("#").setWidth("80px").setFlexGrow(0);
        grid.addColumn(r -> "v" + r.version()).setHeader(getTranslation("question.version")).setWidth("90px")
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("question.status." + r.status())).setHeader(getTranslation("question.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionRow::stemText).setHeader(getTranslation("question.stem")).setFlexGrow(4)
                .setTooltipGenerator(QuestionRow::stemText);
        grid.addColumn(QuestionRow::key).setHeader(getTranslation("question.key")).setWidth("80px").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("question.type." + r.type())).setHeader(getTranslation("question.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.difficulty() == null ? "" : getTranslation("question.difficulty." + r.difficulty()))
                .setHeader(getTranslation("question.difficulty")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuestionRow::topicPath).setHeader(getTranslation("question.topic")).setFlexGrow(1)
                .setTooltipGenerator(QuestionRow::topicPath);
        grid.addColumn(r -> r.used() ? getTranslation("question.used") : "").setHeader(getTranslation("question.usedHeader"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem().id()));
        grid.setSizeFull();
    }

    private HorizontalLayout buildFilters() {
        topicFilter.setPlaceholder(getTranslation("question.allTopics"));
        topicFilter.setItemLabelGenerator(TopicInfo::path);
        topicFilter.setClearButtonVisible(true);
        topicFilter.setId("filter-topic");
        statusFilter.setPlaceholder(getTranslation("question.allStatuses"));
        statusFilter.setItems(QuestionStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("question.status." + s));
        statusFilter.setClearButtonVisible(true);
        statusFilter.setId("filter-status");
        difficultyFilter.setPlaceholder(getTranslation("question.allDifficulties"));
        difficultyFilter.setItems(Difficulty.values());
        difficultyFilter.setItemLabelGenerator(d -> getTranslation("question.difficulty." + d));
        difficultyFilter.setClearButtonVisible(true);
        difficultyFilter.setId("filter-difficulty");
        search.setPlaceholder(getTranslation("question.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("filter-search");
        topicFilter.addValueChangeListener(e -> applyFilters());
        statusFilter.addValueChangeListener(e -> applyFilters());
        difficultyFilter.addValueChangeListener(e -> applyFilters());
        search.addValueChangeListener(e -> applyFilters());
        HorizontalLayout filters = new HorizontalLayout(search, topicFilter, statusFilter, difficultyFilter, summary);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    /** the workflow buttons (write, review, approve), topics, import and export */
    private HorizontalLayout buildActions() {
        Button create = new Button(getTranslation("question.new"), e -> openEditor(null));
        create.setId("question-new");
        create.setVisible(author);
        Button review = new Button(getTranslation("question.review"), e -> act(() -> {
            int n = authoring.review(selectedIds());
            Notices.success("question.reviewed", n);
        }));
        review.setId("question-review");
        review.setVisible(author);
        Button approve = new Button(getTranslation("question.approve"), e -> {
            if (selectedIds().isEmpty()) {
                Notices.error(new DomainException("question.error.noneSelected"));
                return;
            }
            // approved questions can be drawn into papers: the chair confirms the number first
            Confirm.ask("question.approve", "question.approve.confirm", new Object[] {selectedIds().size()},
                    "question.approve", () -> act(() -> {
                        int n = authoring.approve(selectedIds());
                        Notices.success("question.approved", n);
                    }));
        });
        approve.setId("question-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setVisible(chair);
        Button topic = new Button(getTranslation("topics.new"), e -> new TopicDialog(banks, bank.id(),
                topicFilter.getValue(), this::reload).open());
        topic.setId("topic-new");
        Button importButton = new Button(getTranslation("import.title"),
                e -> new ImportDialog(exchange, banks, bank, chair, this::reload).open());
        importButton.setId("import-open");
        MenuBar export = new MenuBar();
        export.setId("export-menu");
        SubMenu formats = export.addItem(getTranslation("export.title")).getSubMenu();
        for (QuestionExchangeService.FormatInfo f : exchange.formats()) {
            MenuItem item = formats.addItem(getTranslation("format." + f.id()), e -> export(f.id()));
            item.setId("export-" + f.id());
        }
        if (exchange.formats().stream().anyMatch(f -> f.id().equals("xlsx"))) {
            formats.addItem(getTranslation("export.template"), e -> offer("mau-cau-hoi.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exchange.excelTemplate()));
        }
        Button back = new Button(getTranslation("bank.back"), e -> getUI().ifPresent(ui -> ui.navigate(BanksView.class)));
        HorizontalLayout actions = new HorizontalLayout(back, create, review, approve, topic, importButton, export,
                download);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        return actions;
    }

    void reload() {
        bank = banks.bank(bank.id());
        List<TopicInfo> topics = banks.topics(bank.id());
        TopicInfo selected = topicFilter.getValue();
        topicFilter.setItems(topics);
        if (selected != null) {
            topics.stream().filter(t -> t.id() == selected.id()).findFirst().ifPresent(topicFilter::setValue);
        }
        topicCounts = banks.topicCounts(bank.id());
        com.vaadin.flow.data.provider.hierarchy.TreeData<TopicInfo> tree =
                new com.vaadin.flow.data.provider.hierarchy.TreeData<>();
        java.util.Map<Long, TopicInfo> byId = new java.util.HashMap<>();
        topics.forEach(t -> byId.put(t.id(), t));
        // parents before their children, whatever order the database collates paths in
        for (TopicInfo t : topics.stream().sorted(java.util.Comparator.comparingInt(TopicInfo::depth)).toList()) {
            tree.addItem(t.parentId() == null ? null : byId.get(t.parentId()), t);
        }
        topicTree.setTreeData(tree);
        topicTree.expandRecursively(tree.getRootItems(), 3);
        topicTree.setVisible(!topics.isEmpty());
        applyFilters();
    }

    /** The list pages from the database with the filters applied there (a bank holds thousands of questions). */
    private void applyFilters() {
        TopicInfo t = topicFilter.getValue();
        QuestionFilter filter = new QuestionFilter(t == null ? null : t.id(), statusFilter.getValue(),
                difficultyFilter.getValue(), search.getValue());
        grid.setItems(new com.vaadin.flow.data.provider.CallbackDataProvider<QuestionRow, Void>(
                q -> banks.questions(bank.id(), filter, q.getPage(), q.getPageSize()).stream(),
                q -> (int) banks.countQuestions(bank.id(), filter), QuestionRow::id));
        summary.setText(getTranslation("bank.summary", banks.countQuestions(bank.id(), filter),
                banks.countQuestions(bank.id(), QuestionFilter.NONE), bank.questionCount()));
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(QuestionRow::id).collect(Collectors.toSet());
    }

    private void act(Runnable action) {
        Actions.attempt(() -> {
            action.run();
            reload();
        });
    }

    void openEditor(Long questionId) {
        QuestionEditor editor = new QuestionEditor(banks, authoring, bank.id(), questionId, author, chair, this::reload);
        editor.open();
    }

    private void export(String formatId) {
        Actions.attempt(() -> {
            ExportFile f = exchange.export(bank.id(), formatId,
                    EnumSet.of(QuestionStatus.DRAFT, QuestionStatus.REVIEWED, QuestionStatus.APPROVED));
            offer(f.fileName(), f.mimeType(), f.data());
            if (f.omitted().isEmpty()) {
                Notices.success("export.done", f.written());
            } else {
                Notices.success("export.partial", f.written(), f.omitted().size(),
                        getTranslation(f.omitted().get(0).messageKey(), f.omitted().get(0).params()));
            }
            if (!f.omitted().isEmpty() || !f.notes().isEmpty()) {
                // what the file lacks, or what the receiving system will lose, is named question by question
                new ExportReportDialog(f).open();
            }
        });
    }

    private void offer(String fileName, String mimeType, byte[] data) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(data));
        resource.setContentType(mimeType);
        Anchor link = new Anchor(resource, getTranslation("export.download", fileName));
        link.setId("export-download");
        link.getElement().setAttribute("download", true);
        download.removeAll();
        download.add(link);
    }

    @Override
    public String getPageTitle() {
        return bank == null ? getTranslation("menu.banks") : getTranslation("bank.title", bank.code(), bank.name());
    }
}
