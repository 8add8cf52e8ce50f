package vn.thituyen.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.registration.CandidateDocuments;
import vn.thituyen.registration.CandidateDocuments.Document;
import vn.thituyen.registration.DocumentPurpose;
import vn.thituyen.registration.OwnDossier;

/**
 * A winner's dossier on their own page (hoàn thiện hồ sơ, ND 138/2020/NĐ-CP Art. 17): the deadline, where it stands,
 * and each checklist item with the secretary's check and the scans uploaded for it; while the dossier is open (not
 * complete, not cancelled) the candidate uploads a scan per item. A cancelled result says why.
 */
class WinnerDossierPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient CandidateDocuments documents;
    private final long campaignId;

    WinnerDossierPanel(CandidateDocuments documents, long campaignId) {
        this.documents = documents;
        this.campaignId = campaignId;
        setPadding(false);
        setSpacing(false);
        setId("winner-dossier");
        show();
    }

    private void show() {
        removeAll();
        OwnDossier.Dossier d = documents.myDossier(campaignId).orElse(null);
        if (d == null) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("dossier.title")));
        Paragraph state = new Paragraph(getTranslation("dossier.mine." + d.state(), d.positionName(),
                DAY.format(d.noticedOn()), DAY.format(d.deadline())));
        state.setId("dossier-state");
        add(state);
        if (d.cancelReason() != null) {
            Paragraph why = new Paragraph(getTranslation("dossier.cancelReason", d.cancelReason()));
            why.setId("dossier-cancel-reason");
            add(why);
        }
        List<Document> mine = documents.mine(campaignId).stream()
                .filter(doc -> doc.purpose() == DocumentPurpose.DOSSIER).toList();
        for (OwnDossier.Item item : d.items()) {
            VerticalLayout box = new VerticalLayout();
            box.setPadding(false);
            box.setSpacing(false);
            box.setId("dossier-item-" + item.item());
            box.add(new H4(getTranslation("dossierItem." + item.item())));
            Span check = new Span(getTranslation(item.verified() == null ? "dossier.item.waiting"
                    : item.verified() ? "dossier.item.verified" : "dossier.item.refused")
                    + (item.note() == null ? "" : " – " + item.note()));
            check.setId("dossier-check-" + item.item());
            box.add(check);
            for (Document doc : mine) {
                if (item.item().equals(doc.claim())) {
                    Anchor link = Downloads.file(doc.fileName(), doc.contentType(),
                            () -> documents.file(doc.id()).data(), getTranslation("documents.open", doc.fileName(),
                                    Math.max(1, (doc.sizeBytes() + 1023) / 1024)), "document-" + doc.id());
                    box.add(link);
                }
            }
            if (d.open()) {
                Span error = new Span();
                error.setId("dossier-upload-error-" + item.item());
                error.getStyle().set("color", "var(--lumo-error-text-color)");
                error.setVisible(false);
                box.add(upload(item.item(), error), error);
            }
            add(box);
        }
    }

    private Upload upload(String item, Span error) {
        return DocumentUploads.of("dossier-upload-" + item, false, documents.maxBytes(), error,
                (name, data) -> documents.uploadDossierItem(campaignId, item, name, data), this::show);
    }
}
