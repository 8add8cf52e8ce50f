package vn.thituyen.common.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Every upload widget in the user's language: the add button, the drop hint, file errors, upload states (Vaadin's
 * own texts are English), from the translation files in the locale of the UI the widget is made in.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The upload with its texts in the UI's language; returns it for chaining. */
    public static Upload localised(Upload upload) {
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add.one"))
                        .setMany(t(upload, "upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop.one"))
                        .setMany(t(upload, "upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.tooManyFiles"))
                        .setFileIsTooBig(t(upload, "upload.error.tooBig"))
                        .setIncorrectFileType(t(upload, "upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(upload, "upload.status.connecting"))
                                .setStalled(t(upload, "upload.status.stalled"))
                                .setProcessing(t(upload, "upload.status.processing"))
                                .setHeld(t(upload, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(upload, "upload.remaining.prefix"))
                                .setUnknown(t(upload, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "upload.error.serverUnavailable"))
                                .setUnexpectedServerError(t(upload, "upload.error.unexpected"))
                                .setForbidden(t(upload, "upload.error.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                        .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
