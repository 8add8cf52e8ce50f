package vn.thituyen.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thituyen.common.Digests;
import vn.thituyen.common.DomainException;
import vn.thituyen.registration.domain.CandidateDocument.StoredIn;
import vn.thituyen.registration.domain.CandidateDocumentRepository;

/**
 * Where a candidate's scans are kept (issue 15 § 1): in the database by default, or in the directory the office sets
 * ({@code thituyen.documents.directory}, e.g. a volume that is backed up with the campaign's files) under
 * {@code <campaign>/<sha256>}: named by content, written once (to a temporary name, forced to disk, then moved), so a
 * rolled-back upload leaves at most an unreferenced copy and never a changed one. Every read checks the bytes
 * against the SHA-256 recorded at upload: a file changed or lost on disk is refused, never served.
 */
@Component
class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final CandidateDocumentRepository documents;
    private Path directory;

    DocumentStore(CandidateDocumentRepository documents,
            @Value("${thituyen.documents.directory:}") String directory) {
        this.documents = documents;
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory.strip());
    }

    /** Where new uploads go. */
    StoredIn target() {
        return directory == null ? StoredIn.DATABASE : StoredIn.DIRECTORY;
    }

    /** Keeps the bytes in the directory when that is where uploads go (before the row is written). */
    void put(long campaignId, byte[] data) {
        if (directory == null) {
            return;
        }
        String sha = Digests.sha256(data);
        Path file = path(campaignId, sha);
        try {
            if (Files.exists(file) && sha.equals(Digests.sha256(Files.readAllBytes(file)))) {
                return;   // the same content is there already
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), sha, ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("document not kept: " + file, e);
        }
    }

    /** A document's bytes, wherever they are kept, checked against its SHA-256. */
    byte[] read(long documentId, StoredIn storedIn, long campaignId, String sha256, String fileName) {
        byte[] data;
        if (storedIn == StoredIn.DIRECTORY) {
            Path file = directory == null ? null : path(campaignId, sha256);
            try {
                data = file == null ? null : Files.readAllBytes(file);
            } catch (IOException e) {
                data = null;
            }
        } else {
            data = documents.dataOf(documentId);
        }
        if (data == null || !sha256.equals(Digests.sha256(data))) {
            log.error("candidate document {} ({}) is missing or does not match its SHA-256", documentId, fileName);
            throw new DomainException("error.document.damaged", fileName);
        }
        return data;
    }

    private Path path(long campaignId, String sha256) {
        return directory.resolve(String.valueOf(campaignId)).resolve(sha256);
    }

    /** For tests: keep new uploads in this directory (null: the database). */
    void useDirectory(Path dir) {
        this.directory = dir;
    }
}
