package vn.thituyen.registration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ui.Notices;
import vn.thituyen.common.ui.Uploads;

/**
 * The upload of one scan (a document of the application, an item of a winner's dossier): one file, PDF or image (or
 * images only), within the size limit; kept by the service, which checks the content; a refusal is said in the
 * error span next to the upload, and nothing is kept.
 */
final class DocumentUploads {

    /** What keeps the file (a service call that may refuse it). */
    @FunctionalInterface
    interface Keep {
        void keep(String fileName, byte[] data);
    }

    private DocumentUploads() {
    }

    /** @param then the panel's refresh once the file is kept */
    static Upload of(String id, boolean imagesOnly, long maxBytes, Span error, Keep keep, Runnable then) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = Uploads.localised(new Upload(buffer));
        upload.setId(id);
        if (imagesOnly) {
            upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", "image/jpeg", "image/png");
        } else {
            upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", "application/pdf", "image/jpeg",
                    "image/png");
        }
        upload.setMaxFiles(1);
        upload.addSucceededListener(e -> {
            error.setVisible(false);
            try {
                byte[] data;
                try (InputStream in = buffer.getInputStream()) {
                    data = in.readAllBytes();
                } catch (IOException unreadable) {
                    throw new DomainException("validation.document.empty");
                }
                keep.keep(e.getFileName(), data);
                Notices.success("documents.uploaded", e.getFileName());
                then.run();
            } catch (DomainException refused) {
                // said next to the upload it concerns; nothing was kept
                error.setText(UI.getCurrent().getTranslation(refused.messageKey(), refused.params()));
                error.setVisible(true);
                upload.clearFileList();
            }
        });
        // the browser refuses a file over the limit before sending it: said in the same place
        upload.addFileRejectedListener(e -> {
            error.setText(e.getErrorMessage());
            error.setVisible(true);
        });
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        return upload;
    }
}
