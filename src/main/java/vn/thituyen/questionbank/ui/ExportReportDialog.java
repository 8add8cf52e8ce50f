package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import vn.thituyen.questionbank.QuestionExchangeService.ExportFile;
import vn.thituyen.questionbank.format.ImportProblem;

/**
 * After an export: the questions the format could not hold (left out) and those written with a part the receiving
 * system will lose (a tag Moodle cuts at 50 characters…), each named. The file itself is already offered.
 */
class ExportReportDialog extends Dialog {

    final Grid<ImportProblem> omitted = new Grid<>();
    final Grid<ImportProblem> notes = new Grid<>();

    ExportReportDialog(ExportFile file) {
        setHeaderTitle(getTranslation("export.report.title", file.fileName()));
        setId("export-report");
        setWidth("900px");
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("export.report.hint")));
        body.setPadding(false);
        section(body, omitted, "export-report-omitted", "export.report.omitted", file.omitted());
        section(body, notes, "export-report-notes", "export.report.notes", file.notes());
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void section(VerticalLayout body, Grid<ImportProblem> grid, String id, String title,
            List<ImportProblem> rows) {
        if (rows.isEmpty()) {
            return;
        }
        grid.setId(id);
        grid.addColumn(ImportProblem::line).setHeader(getTranslation("export.report.position")).setWidth("90px")
                .setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.params())).setHeader(getTranslation("export.report.what"));
        grid.setItems(rows);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        body.add(new H4(getTranslation(title)), grid);
    }
}
