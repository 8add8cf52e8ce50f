package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.campaign.ui.CampaignPicker;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Dates;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.registration.FeeService;
import vn.thituyen.registration.FeeService.Line;
import vn.thituyen.registration.domain.BankStatement;

/**
 * The exam fee (lệ phí tuyển dụng, TT 92/2021/TT-BTC) of a campaign: who has paid and who has not (the unpaid
 * flagged, and a filter for them), each receipt recorded one by one or taken from the bank's statement after a
 * preview, a payment cancelled with the reason, the fee list in Excel. The chair reads it.
 */
@Route(value = "fees", layout = MainLayout.class)
@RolesAllowed({"SECRETARY", "ADMIN", "CHAIR"})
public class FeesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);

    final Grid<Line> grid = new Grid<>();
    final Checkbox unpaidOnly = new Checkbox();
    final Paragraph summary = new Paragraph();
    final VerticalLayout detail = new VerticalLayout();
    final TextField receipt = new TextField();
    final DatePicker paidOn = new DatePicker();
    final IntegerField amount = new IntegerField();
    final TextField cancelReason = new TextField();
    final VerticalLayout statementResult = new VerticalLayout();
    private final transient FeeService fees;
    private final transient CampaignInfo campaign;
    private final boolean clerk;
    private final transient java.time.Clock clock;
    private transient FeeService.FeeList list;

    public FeesView(FeeService fees, CampaignService campaigns, AuthenticationContext auth, java.time.Clock clock) {
        this.fees = fees;
        this.clock = clock;
        add(new H2(getTranslation("menu.fees")));
        this.campaign = CampaignPicker.placeOn(this, campaigns);
        this.clerk = auth.hasAnyRole("SECRETARY", "ADMIN");
        setWidthFull();
        if (campaign == null) {
            return;
        }
        Numbers numbers = new Numbers(getLocale());
        summary.setId("fees-summary");
        unpaidOnly.setId("fees-unpaid-only");
        unpaidOnly.setLabel(getTranslation("fee.unpaidOnly"));
        unpaidOnly.addValueChangeListener(e -> refresh(null));
        grid.setId("fees");
        // many columns on a laptop's width: the cells and headers wrap rather than being cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> l.candidateNumber() == null ? "" : l.candidateNumber())
                .setHeader(getTranslation("field.candidateNumber"));
        grid.addColumn(Line::fullName).setHeader(getTranslation("field.fullName"));
        grid.addColumn(l -> l.dateOfBirth().format(DATE)).setHeader(getTranslation("field.dateOfBirth"));
        grid.addColumn(Line::positionName).setHeader(getTranslation("field.position"));
        grid.addColumn(l -> getTranslation(l.paid() ? "fee.paid" : "fee.unpaid"))
                .setHeader(getTranslation("fee.state"));
        grid.addColumn(l -> l.paid() ? numbers.money(l.payment().amountVnd()) : "")
                .setHeader(getTranslation("fee.amount"));
        grid.addColumn(l -> l.paid() ? l.payment().receiptNumber() : "").setHeader(getTranslation("fee.receipt"));
        grid.addColumn(l -> l.paid() ? l.payment().paidOn().format(DATE) : "").setHeader(getTranslation("fee.paidOn"));
        grid.addColumn(l -> l.paid() ? l.payment().recordedBy() + ", " + WHEN.format(l.payment().recordedAt()) : "")
                .setHeader(getTranslation("fee.recordedBy"));
        grid.setPartNameGenerator(l -> l.paid() ? null : "unpaid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setPadding(false);
        detail.setId("fee-detail");
        add(summary, unpaidOnly, grid, detail,
                Downloads.file("le-phi-" + campaign.code() + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> fees.exportFeeList(campaign.id()), getTranslation("fee.export"), "fee-export"));
        if (clerk) {
            add(statementSection());
        }
        refresh(null);
    }

    private void refresh(Long select) {
        Actions.fetch(() -> fees.fees(campaign.id())).ifPresent(l -> list = l);
        if (list == null) {
            return;
        }
        Numbers numbers = new Numbers(getLocale());
        summary.setText(getTranslation("fee.summary", numbers.money(list.feeVnd()), list.candidates(),
                list.candidates() - list.unpaid(), list.unpaid()));
        grid.setItems(list.lines().stream().filter(l -> !unpaidOnly.getValue() || !l.paid()).toList());
        detail.removeAll();
        if (select != null) {
            grid.getListDataView().getItems().filter(l -> l.applicationId() == select).findFirst()
                    .ifPresent(grid::select);
        }
    }

    private void show(Line l) {
        detail.removeAll();
        if (l == null) {
            return;
        }
        detail.add(new H3(getTranslation("fee.of", l.fullName())));
        if (l.paid()) {
            FeeService.Payment p = l.payment();
            detail.add(new Paragraph(getTranslation("fee.paidDetail", p.receiptNumber(), p.paidOn().format(DATE),
                    new Numbers(getLocale()).money(p.amountVnd()), getTranslation("fee.source." + p.source()),
                    p.recordedBy(), WHEN.format(p.recordedAt()))));
            if (!clerk) {
                return;
            }
            cancelReason.setId("fee-cancel-reason");
            cancelReason.setLabel(getTranslation("fee.cancelReason"));
            cancelReason.setMaxLength(500);
            cancelReason.setWidth("30em");
            cancelReason.clear();
            cancelReason.setInvalid(false);
            Button cancel = new Button(getTranslation("fee.cancel"), e -> Confirm.ask("fee.cancel",
                    "fee.cancel.confirm", new Object[] {p.receiptNumber(), l.fullName()}, "fee.cancel",
                    () -> Actions.run(() -> fees.cancel(p.id(), cancelReason.getValue()), "fee.cancelled",
                            Map.of("reason", cancelReason), () -> refresh(l.applicationId()))));
            cancel.setId("fee-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(Rows.of(cancelReason, cancel));
            return;
        }
        if (!clerk) {
            return;
        }
        receipt.setId("fee-receipt");
        receipt.setLabel(getTranslation("fee.receipt"));
        receipt.setMaxLength(50);
        receipt.clear();
        paidOn.setId("fee-paid-on");
        paidOn.setLabel(getTranslation("fee.paidOn"));
        Dates.localised(paidOn);
        paidOn.setValue(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        amount.setId("fee-amount");
        amount.setLabel(getTranslation("fee.amountVnd"));
        amount.setMin(1);
        amount.setValue(list.feeVnd() > Integer.MAX_VALUE ? null : (int) list.feeVnd());
        for (var f : new com.vaadin.flow.component.HasValidation[] {receipt, paidOn, amount}) {
            f.setInvalid(false);
        }
        Button save = new Button(getTranslation("fee.record"), e -> Actions.run(
                () -> fees.record(l.applicationId(), new FeeService.PaymentDraft(receipt.getValue(), paidOn.getValue(),
                        amount.getValue() == null ? null : amount.getValue().longValue())),
                "fee.recorded", Map.of("receipt", receipt, "paidOn", paidOn, "amount", amount),
                () -> refresh(l.applicationId())));
        save.setId("fee-record");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(Rows.of(receipt, paidOn, amount, save));
    }

    private VerticalLayout statementSection() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("fee-statement");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("fee-statement-upload");
        upload.setAcceptedFileTypes(".xlsx", ".xls",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        statementResult.setPadding(false);
        statementResult.setId("fee-statement-result");
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                showPreview(in.readAllBytes(), e.getFileName());
            } catch (IOException ex) {
                Notices.error(new DomainException("fee.import.unreadable"));
            }
            upload.clearFileList();
        });
        box.add(new H3(getTranslation("fee.statement")), new Paragraph(getTranslation("fee.statement.hint")), upload,
                statementResult);
        return box;
    }

    /** Shows each row matched, or every problem with its row; nothing is stored until confirmed. */
    void showPreview(byte[] file, String fileName) {
        statementResult.removeAll();
        Actions.fetch(() -> fees.previewStatement(campaign.id(), file)).ifPresent(preview -> {
            Numbers numbers = new Numbers(getLocale());
            if (!preview.problems().isEmpty()) {
                Paragraph head = new Paragraph(getTranslation("fee.statement.refused", preview.problems().size()));
                head.setId("fee-statement-refused");
                Grid<BankStatement.Problem> problems = new Grid<>();
                problems.setId("fee-statement-problems");
                problems.addColumn(p -> p.row() == 0 ? "" : String.valueOf(p.row()))
                        .setHeader(getTranslation("import.row")).setAutoWidth(true);
                problems.addColumn(p -> getTranslation(p.key(), p.key().endsWith("missingColumn")
                        ? getTranslation("fee.column." + p.detail()) : p.detail()))
                        .setHeader(getTranslation("import.problem"));
                problems.setItems(preview.problems());
                problems.setAllRowsVisible(true);
                statementResult.add(head, problems);
            }
            if (preview.matches().isEmpty()) {
                return;
            }
            Grid<FeeService.Match> rows = new Grid<>();
            rows.setId("fee-statement-preview");
            rows.addColumn(FeeService.Match::row).setHeader(getTranslation("import.row")).setAutoWidth(true);
            rows.addColumn(m -> m.paidOn().format(DATE)).setHeader(getTranslation("fee.paidOn")).setAutoWidth(true);
            rows.addColumn(m -> numbers.money(m.amountVnd())).setHeader(getTranslation("fee.amount"))
                    .setAutoWidth(true);
            rows.addColumn(FeeService.Match::reference).setHeader(getTranslation("fee.receipt")).setAutoWidth(true);
            rows.addColumn(m -> (m.candidateNumber() == null ? "" : m.candidateNumber() + " – ") + m.fullName())
                    .setHeader(getTranslation("fee.candidate"));
            rows.setItems(preview.matches());
            rows.setAllRowsVisible(true);
            statementResult.add(new Paragraph(getTranslation("fee.statement.preview", preview.matches().size(),
                    fileName)), rows);
            if (!preview.ok()) {
                return;
            }
            Button take = new Button(getTranslation("fee.statement.take", preview.matches().size()), e -> {
                if (Actions.attempt(() -> {
                    int n = fees.importStatement(campaign.id(), file, fileName);
                    Notices.success("fee.statement.done", n);
                })) {
                    statementResult.removeAll();
                    refresh(null);
                } else {
                    showPreview(file, fileName);
                }
            });
            take.setId("fee-statement-take");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            statementResult.add(take);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.fees");
    }
}
