package vn.thituyen.common;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Free text a person types (addresses, reasons, descriptions): required, bounded, and without markup or control
 * characters. One rule for every form, so a reason is judged the same wherever it is entered.
 */
public final class FreeText {

    private static final Pattern SAFE = Pattern.compile("[^<>\\p{Cntrl}]*");

    private FreeText() {
    }

    /** @return null when valid, otherwise the message key of the problem */
    public static String check(String value, int max) {
        if (value == null || value.isBlank()) {
            return "validation.required";
        }
        if (value.trim().length() > max) {
            return "validation.tooLong";
        }
        if (!SAFE.matcher(value).matches()) {
            return "validation.text.chars";
        }
        return null;
    }

    /** Like {@link #check} but an empty value is allowed. */
    public static String checkOptional(String value, int max) {
        return value == null || value.isBlank() ? null : check(value, max);
    }

    /** Adds {@code field → key} when the value is not valid. */
    public static void check(Map<String, String> errors, String field, String value, int max) {
        String key = check(value, max);
        if (key != null) {
            errors.put(field, key);
        }
    }

    /** Throws the field error at once: for forms with a single text field. */
    public static void require(String field, String value, int max) {
        String key = check(value, max);
        if (key != null) {
            throw new FieldErrors(Map.of(field, key));
        }
    }
}
