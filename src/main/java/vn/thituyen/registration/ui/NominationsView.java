package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Rows;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.registration.LeadershipCandidates;
import vn.thituyen.registration.LeadershipCandidates.Nominee;
import vn.thituyen.registration.domain.Candidacy;

/**
 * The managing agency's screen (cơ quan quản lý): its public servants who applied for a leadership post naming it;
 * for each, it uploads the nomination letter (PDF) and nominates them, or declines with the reason.
 */
@Route(value = "nominations", layout = MainLayout.class)
@RolesAllowed("AGENCY")
public class NominationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockConfiguration.ZONE);

    final Grid<Nominee> grid = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final TextArea declineReason = new TextArea();
    private final transient LeadershipCandidates candidates;

    public NominationsView(LeadershipCandidates candidates) {
        this.candidates = candidates;
        grid.setId("nominees");
        grid.addColumn(Nominee::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(n -> n.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .setHeader(getTranslation("field.dateOfBirth")).setAutoWidth(true);
        grid.addColumn(n -> n.postName() + " – " + n.agency()).setHeader(getTranslation("leadership.post"))
                .setAutoWidth(true);
        grid.addColumn(Nominee::campaignName).setHeader(getTranslation("nomination.campaign")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation("nomination." + n.nomination()))
                .setHeader(getTranslation("nomination.status")).setAutoWidth(true);
        grid.addColumn(n -> n.letterName() == null ? "" : n.letterName() + " (" + WHEN.format(n.letterAt()) + ")")
                .setHeader(getTranslation("nomination.letter")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setPadding(false);
        add(new H2(getTranslation("menu.nominations")), new Paragraph(getTranslation("nomination.hint")), grid, detail);
        refresh(null);
    }

    private void refresh(Long select) {
        grid.setItems(candidates.nominees());
        if (select != null) {
            grid.getListDataView().getItems().filter(n -> n.applicationId() == select).findFirst()
                    .ifPresent(grid::select);
        }
    }

    private void show(Nominee n) {
        detail.removeAll();
        if (n == null) {
            return;
        }
        detail.add(new H3(getTranslation("nomination.of", n.fullName(), n.postName())));
        detail.add(new Paragraph(getTranslation("nomination.current", n.currentTitle() == null ? "—"
                : n.currentTitle() + (n.currentDivision() == null ? "" : ", " + n.currentDivision()))));
        if (n.letterName() != null) {
            detail.add(Downloads.pdf(n.letterName(), () -> candidates.letter(n.applicationId()).orElseThrow().pdf(),
                    getTranslation("nomination.openLetter", n.letterName()), "nomination-letter"));
        }
        if (n.nomination() != Candidacy.Nomination.AWAITING) {
            if (n.reason() != null) {
                detail.add(new Paragraph(getTranslation("nomination.declinedBecause", n.reason())));
            }
            return;
        }
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("letter-upload");
        upload.setAcceptedFileTypes(".pdf", "application/pdf");
        upload.setMaxFileSize(LeadershipCandidates.MAX_LETTER_BYTES);
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            Actions.attempt(() -> {
                byte[] pdf;
                try (java.io.InputStream in = buffer.getInputStream()) {
                    pdf = in.readAllBytes();
                } catch (java.io.IOException unreadable) {
                    throw new DomainException("error.nomination.letterNotPdf",
                            LeadershipCandidates.MAX_LETTER_BYTES / (1024 * 1024));
                }
                candidates.uploadLetter(n.applicationId(), e.getFileName(), pdf);
                Notices.success("nomination.letterUploaded", n.fullName());
                refresh(n.applicationId());
            });
            upload.clearFileList();
        });
        Button nominate = new Button(getTranslation("nomination.nominate"), e -> Confirm.ask("nomination.nominate",
                "nomination.nominate.confirm", new Object[] {n.fullName(), n.postName()}, "nomination.nominate",
                () -> Actions.run(() -> candidates.nominate(n.applicationId()), "nomination.nominated", Map.of(),
                        () -> refresh(n.applicationId()))));
        nominate.setId("nominate");
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nominate.setEnabled(n.letterName() != null);
        declineReason.setId("decline-reason");
        declineReason.setLabel(getTranslation("nomination.declineReason"));
        declineReason.setMaxLength(500);
        declineReason.setWidth("32em");
        declineReason.clear();
        declineReason.setInvalid(false);
        Button decline = new Button(getTranslation("nomination.decline"), e -> Confirm.ask("nomination.decline",
                "nomination.decline.confirm", new Object[] {n.fullName()}, "nomination.decline",
                () -> Actions.run(() -> candidates.decline(n.applicationId(), declineReason.getValue()),
                        "nomination.declined", Map.of("reason", declineReason), () -> refresh(n.applicationId()))));
        decline.setId("decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        detail.add(new Paragraph(getTranslation("nomination.uploadHint")), upload, nominate,
                Rows.of(declineReason, decline));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.nominations");
    }
}
