package vn.thituyen.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** A person's full name as written on the citizen ID: letters (any script, with diacritics), spaces, ' - . */
public final class PersonName {

    public static final int MAX_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*");

    private PersonName() {
    }

    /** @return null when valid, otherwise the message key of the problem */
    public static String check(String value) {
        if (value == null || value.isBlank()) {
            return "validation.required";
        }
        String v = normalize(value);
        if (v.length() > MAX_LENGTH) {
            return "validation.name.tooLong";
        }
        if (!NAME.matcher(v).matches()) {
            return "validation.name.chars";
        }
        return null;
    }

    /** NFC, trimmed, inner whitespace collapsed: "Nguyễn  Văn A" and a decomposed "Nguyễn" store the same. */
    public static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ");
    }
}
