package vn.thituyen.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a PDF made when it is clicked (the service checks who asks, and records it). */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor pdf(String fileName, Supplier<byte[]> bytes, String label, String id) {
        return file(fileName, "application/pdf", bytes, label, id);
    }

    /** A link that opens (or downloads) a stored file of the given type, read when the link is followed. */
    public static Anchor file(String fileName, String mimeType, Supplier<byte[]> bytes, String label, String id) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes.get()));
        resource.setContentType(mimeType);
        Anchor link = new Anchor(resource, label);
        link.setId(id);
        link.setTarget("_blank");
        return link;
    }

    /** Something written straight to the response as it is made (a large archive), downloaded rather than opened. */
    public static Anchor streamed(String fileName, String mimeType, Writer writer, String label, String id) {
        StreamResource resource = new StreamResource(fileName, (out, session) -> writer.write(out));
        resource.setContentType(mimeType);
        Anchor link = new Anchor(resource, label);
        link.setId(id);
        link.getElement().setAttribute("download", fileName);
        return link;
    }

    /** Writes a download to the response. */
    @FunctionalInterface
    public interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }
}
