package vn.thituyen.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.CandidateDocuments;
import vn.thituyen.registration.CandidateDocuments.Document;
import vn.thituyen.registration.DocumentPurpose;
import vn.thituyen.registration.RegistrationService;
import vn.thituyen.registration.RegistrationService.MyApplication;

/**
 * The scans of one application (giấy tờ kèm theo), purpose by purpose: degrees and transcripts, the evidence of each
 * claimed priority category and of the claimed exemption, the portrait. The candidate uploads and withdraws them
 * while the application may still be changed; the reviewer sees the same list, read-only, beside the claims.
 */
class DocumentsPanel extends VerticalLayout {

    private final transient CandidateDocuments documents;
    private final MyApplication application;
    private final boolean candidate;
    private final boolean changeable;

    /**
     * @param candidate  the candidate's own page (uploads and withdrawals) rather than the reviewer's
     * @param changeable whether the application may still be changed (the candidate's only)
     */
    DocumentsPanel(CandidateDocuments documents, MyApplication application, boolean candidate, boolean changeable) {
        this.documents = documents;
        this.application = application;
        this.candidate = candidate;
        this.changeable = candidate && changeable;
        setPadding(false);
        setSpacing(false);
        setId("documents");
        show();
    }

    private void show() {
        removeAll();
        List<Document> all = candidate ? documents.mine(application.campaignId())
                : documents.documents(application.id());
        add(new H3(getTranslation("documents.title")));
        if (changeable) {
            add(new Paragraph(getTranslation("documents.hint", Math.max(1, documents.maxBytes() / (1024 * 1024)))));
        } else if (candidate) {
            add(new Paragraph(getTranslation("documents.locked")));
        }
        section(all, DocumentPurpose.DEGREE, null, getTranslation("documents.purpose.DEGREE"));
        for (RegistrationService.Claim claim : application.priorities()) {
            section(all, DocumentPurpose.PRIORITY, claim.category(), getTranslation("documents.purpose.PRIORITY",
                    getTranslation("priority." + claim.category())));
        }
        if (application.exemption() != null && application.exemption() != Exemption.NONE) {
            section(all, DocumentPurpose.EXEMPTION, null, getTranslation("documents.purpose.EXEMPTION",
                    getTranslation("exemption." + application.exemption())));
        }
        section(all, DocumentPurpose.PORTRAIT, null, getTranslation("documents.purpose.PORTRAIT"));
    }

    /** One purpose (for a priority, one claimed category): its documents, then the upload and its error. */
    private void section(List<Document> all, DocumentPurpose purpose, PriorityCategory category, String title) {
        String key = purpose + (category == null ? "" : "-" + category);
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("documents-" + key);
        box.add(new H4(title));
        List<Document> mine = all.stream().filter(d -> d.purpose() == purpose
                && (category == null || category.name().equals(d.claim()))).toList();
        if (mine.isEmpty()) {
            Span none = new Span(getTranslation("documents.none"));
            none.addClassName("documents-none");
            box.add(none);
        }
        for (Document d : mine) {
            box.add(line(d));
        }
        if (changeable) {
            Span error = new Span();
            error.setId("upload-error-" + key);
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            error.setVisible(false);
            box.add(upload(purpose, category, key, error), error);
        }
        add(box);
    }

    /** A document: its link (the portrait also as the picture), its size and, on the candidate's page, withdraw. */
    private HorizontalLayout line(Document d) {
        Supplier<byte[]> bytes = () -> documents.file(d.id()).data();
        Anchor link = Downloads.file(d.fileName(), d.contentType(), bytes, getTranslation("documents.open",
                d.fileName(), Math.max(1, (d.sizeBytes() + 1023) / 1024)), "document-" + d.id());
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(Alignment.CENTER);
        if (d.purpose() == DocumentPurpose.PORTRAIT && d.image()) {
            StreamResource picture = new StreamResource(d.fileName(), () -> new ByteArrayInputStream(bytes.get()));
            picture.setContentType(d.contentType());
            Image portrait = new Image(picture, getTranslation("documents.portraitAlt", application.fullName()));
            portrait.setId("portrait-" + d.id());
            // a 4×6 photo, as on the paper form
            portrait.setHeight("9em");
            row.add(portrait);
        }
        row.add(link);
        if (changeable) {
            Button withdraw = new Button(getTranslation("documents.withdraw"), e -> Actions.attempt(() -> {
                documents.withdraw(d.id());
                Notices.success("documents.withdrawn", d.fileName());
                show();
            }));
            withdraw.setId("withdraw-document-" + d.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(withdraw);
        }
        return row;
    }

    private Upload upload(DocumentPurpose purpose, PriorityCategory category, String key, Span error) {
        return DocumentUploads.of("upload-" + key, purpose == DocumentPurpose.PORTRAIT, documents.maxBytes(), error,
                (name, data) -> documents.upload(application.campaignId(), purpose, category, name, data),
                this::show);
    }
}
