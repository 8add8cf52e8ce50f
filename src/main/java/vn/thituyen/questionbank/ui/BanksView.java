package vn.thituyen.questionbank.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.questionbank.QuestionBankService;
import vn.thituyen.questionbank.QuestionBankService.BankInfo;

/** The question banks and their sizes (ngân hàng câu hỏi); only the question board and staff see it. */
@Route(value = "banks", layout = MainLayout.class)
@RolesAllowed({"AUTHOR", "ADMIN", "SECRETARY"})
public class BanksView extends VerticalLayout implements HasDynamicTitle {

    public BanksView(QuestionBankService banks) {
        Grid<BankInfo> grid = new Grid<>();
        grid.setId("banks");
        grid.addColumn(BankInfo::code).setHeader(getTranslation("banks.code"));
        grid.addColumn(BankInfo::name).setHeader(getTranslation("banks.name")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("subject." + b.subject())).setHeader(getTranslation("banks.subject"));
        grid.addColumn(b -> b.language() == null ? "" : getTranslation("language." + b.language()))
                .setHeader(getTranslation("field.foreignLanguage"));
        grid.addColumn(BankInfo::questionCount).setHeader(getTranslation("banks.count"));
        grid.setItems(banks.banks());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.banks")), new Paragraph(getTranslation("banks.rule")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.banks");
    }
}
