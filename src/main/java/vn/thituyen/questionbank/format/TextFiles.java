package vn.thituyen.questionbank.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Decoding of the line-based text formats (Aiken, GIFT), shared so they accept the same files. */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * The text of a UTF-8 file (with or without BOM); a UTF-16 file is accepted when it starts with its BOM,
     * as Windows Notepad writes "Unicode" files. Bytes that are not UTF-8 are reported with their line rather than
     * silently replaced, since a replaced character in a key or a legal reference changes the question.
     */
    static String decode(byte[] data, String badEncodingKey) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(data, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(data, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, skip, data.length - skip);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                }
            }
            throw new ImportException(new ImportProblem(line, badEncodingKey, charset.name()));
        }
        out.flip();
        return out.toString();
    }

    /** Lines as a text editor counts them: CRLF, LF and lone CR all end a line. */
    static String[] lines(String text) {
        return text.split("\\r\\n|\\r|\\n", -1);
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** A short, single-line excerpt of a question for messages that name it. */
    static String excerpt(String s) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 79) + "…" : flat;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
