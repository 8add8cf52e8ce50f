package vn.thituyen.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.ui.Confirm;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.delivery.SealService;

/** Sealing a subject's exam data (TT 6/2020/TT-BNV Art. 20): export, verify, purge the server's questions. */
class SealPanel extends VerticalLayout {

    final Select<RuleSet.Subject> subject = new Select<>();
    final Paragraph hash = new Paragraph();
    final Paragraph verdict = new Paragraph();
    final HorizontalLayout download = new HorizontalLayout();
    final Paragraph status = new Paragraph();
    private final transient SealService seal;
    private final long campaignId;

    SealPanel(SealService seal, long campaignId, boolean secretary) {
        this.seal = seal;
        this.campaignId = campaignId;
        setPadding(false);
        subject.setLabel(getTranslation("seal.subject"));
        subject.setId("seal-subject");
        subject.setItems(RuleSet.Subject.values());
        subject.setItemLabelGenerator(x -> x == null ? "" : getTranslation("subject." + x));
        subject.setValue(RuleSet.Subject.GENERAL_KNOWLEDGE);
        subject.addValueChangeListener(e -> showStatus());
        status.setId("seal-status");
        hash.setId("seal-hash");
        verdict.setId("seal-verdict");
        Button export = new Button(getTranslation("seal.export"), e -> {
            Actions.attempt(() -> {
                SealService.SealedArchive archive = seal.export(campaignId, subject.getValue());
                StreamResource resource = new StreamResource(archive.fileName(),
                        () -> new ByteArrayInputStream(archive.zip()));
                resource.setContentType("application/zip");
                Anchor link = new Anchor(resource, getTranslation("seal.download"));
                link.setId("seal-download");
                link.getElement().setAttribute("download", true);
                download.removeAll();
                download.add(link);
                hash.setText(getTranslation("seal.hash", archive.manifestSha256()));
                showStatus();
            });
        });
        export.setId("seal-export");
        Button purge = new Button(getTranslation("seal.purge"), e -> Confirm.ask("seal.purge", "seal.purge.confirm",
                new Object[] {getTranslation("subject." + subject.getValue())}, "seal.purge", () -> {
                    Actions.attempt(() -> {
                        int n = seal.purgeQuestions(campaignId, subject.getValue());
                        Notices.success("seal.purged", n);
                        showStatus();
                    });
                }));
        purge.setId("seal-purge");
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // to a temporary file, read back one entry at a time: an archive is never held whole in memory
        FileBuffer buffer = new FileBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("seal-verify-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        upload.setMaxFileSize(200 * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("seal.verify")));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                show(seal.verify(in));
                showStatus();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            } finally {
                buffer.getFileData().getFile().delete();
            }
        });
        HorizontalLayout actions = new HorizontalLayout(subject, export, download, purge);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setVisible(secretary);
        hash.setVisible(secretary);
        add(new H3(getTranslation("seal.title")), actions, status, hash, upload, verdict);
        showStatus();
    }

    /** Where the chosen subject stands: still sitting somewhere, sealed, verified, purged. */
    void showStatus() {
        RuleSet.Subject chosen = subject.getValue();
        if (chosen == null) {
            status.setText("");
            return;
        }
        DateTimeFormatter at = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.List<String> open = seal.roomsStillSitting(campaignId, chosen);
        if (!open.isEmpty()) {
            parts.add(getTranslation("seal.status.stillSitting", String.join(", ", open)));
        }
        seal.status(campaignId, chosen).ifPresentOrElse(st -> {
            parts.add(getTranslation("seal.status", at.format(st.sealedAt().atZone(ClockConfiguration.ZONE)),
                    st.sealedBy()));
            parts.add(st.verifiedAt() == null ? getTranslation("seal.status.notVerified")
                    : getTranslation("seal.status.verified", at.format(st.verifiedAt().atZone(ClockConfiguration.ZONE)),
                            st.verifiedBy()));
            if (st.purgedAt() != null) {
                parts.add(getTranslation("seal.status.purged",
                        at.format(st.purgedAt().atZone(ClockConfiguration.ZONE))));
            }
        }, () -> parts.add(getTranslation("seal.status.none")));
        status.setText(String.join(" ", parts));
    }

    void show(SealService.Verification v) {
        if (v.intact()) {
            verdict.setText(getTranslation("seal.intact", DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                    .format(v.sealedAt().atZone(ClockConfiguration.ZONE)), v.sealedBy()));
            verdict.removeClassName("warning");
        } else {
            verdict.setText(getTranslation("seal.broken", String.join(" ", v.problems())));
            verdict.addClassName("warning");
        }
    }
}
