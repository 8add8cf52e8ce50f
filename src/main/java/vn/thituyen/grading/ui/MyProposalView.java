package vn.thituyen.grading.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Actions;
import vn.thituyen.common.ui.Downloads;
import vn.thituyen.common.ui.MainLayout;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Uploads;
import vn.thituyen.grading.ProposalDefence;
import vn.thituyen.registration.RegistrationService;

/**
 * A leadership candidate's đề án ("what I will do if appointed"): once through part 1, they upload it — PDF or DOCX,
 * checked from the content, at most 10 MB — before the post's deadline; the council reads it in the browser. A new
 * upload before the deadline replaces the one read; every upload is kept with its checksum.
 */
@Route(value = "my-proposal", layout = MainLayout.class)
@RolesAllowed("CANDIDATE")
public class MyProposalView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final VerticalLayout current = new VerticalLayout();
    private final transient ProposalDefence defence;

    public MyProposalView(ProposalDefence defence, RegistrationService registration, CampaignService campaigns) {
        this.defence = defence;
        add(new H2(getTranslation("proposal.mine.title")));
        var app = registration.myLatestCampaign().filter(id -> campaigns.campaign(id).kind().leadership())
                .flatMap(registration::myApplication).orElse(null);
        if (app == null) {
            Paragraph none = new Paragraph(getTranslation("proposal.mine.none"));
            none.setId("proposal-none");
            add(none);
            return;
        }
        Paragraph deadline = new Paragraph(defence.proposalDeadline(app.positionId())
                .map(d -> getTranslation("proposal.mine.deadline", d.format(WHEN)))
                .orElse(getTranslation("proposal.mine.noDeadline")));
        deadline.setId("proposal-deadline");
        add(new Paragraph(getTranslation("proposal.mine.hint", app.positionName())), deadline);
        current.setPadding(false);
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId("proposal-upload");
        upload.setAcceptedFileTypes(".pdf", ".docx", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            Actions.attempt(() -> {
                byte[] bytes;
                try (java.io.InputStream in = buffer.getInputStream()) {
                    bytes = in.readAllBytes();
                } catch (java.io.IOException unreadable) {
                    throw new DomainException("error.proposal.type");
                }
                defence.upload(app.id(), e.getFileName(), bytes);
                Notices.success("proposal.mine.uploaded");
                showCurrent(app.id());
            });
            upload.clearFileList();
        });
        add(current, upload);
        showCurrent(app.id());
    }

    private void showCurrent(long applicationId) {
        current.removeAll();
        defence.proposal(applicationId).ifPresentOrElse(p -> {
            Paragraph at = new Paragraph(getTranslation("proposal.mine.current", p.fileName(),
                    WHEN.format(p.uploadedAt().atZone(ClockConfiguration.ZONE)), p.sha256()));
            at.setId("proposal-current");
            current.add(at, Downloads.file(p.fileName(), p.mimeType(), () -> defence.proposal(applicationId).orElseThrow().bytes(),
                    getTranslation("proposal.mine.open"), "proposal-open"));
        }, () -> current.add(new Paragraph(getTranslation("proposal.mine.nothing"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myProposal");
    }
}
