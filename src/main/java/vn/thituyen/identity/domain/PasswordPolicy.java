package vn.thituyen.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules (chính sách mật khẩu), after OWASP ASVS 4.0 V2.1: staff accounts at least 12 characters,
 * candidates at least 8 with a letter and a digit; nobody may use a common password (the 10,000 most common,
 * {@code identity/common-passwords.txt}, also when only decorated with digits and symbols or written in "leet"),
 * one character or a short group repeated, a run such as "123456789012" or "abcdefghijkl", or their user name.
 * Each check returns the message key of the first rule broken, or {@code null}.
 */
public final class PasswordPolicy {

    public static final int STAFF_MIN_LENGTH = 12;
    public static final int CANDIDATE_MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 100;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Staff accounts (and the first administrator): 12 characters or more, nothing guessable. */
    public static String checkStaff(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        if (password.length() < STAFF_MIN_LENGTH || password.length() > MAX_LENGTH) {
            return "validation.password.staff";
        }
        return guessable(username, password) ? "validation.password.common" : null;
    }

    /** Candidates: at least 8 characters with a letter and a digit (unchanged), and nothing guessable. */
    public static String checkCandidate(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        if (password.length() < CANDIDATE_MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return "validation.password";
        }
        return guessable(username, password) ? "validation.password.common" : null;
    }

    /** Common, patterned or made of the user name. */
    static boolean guessable(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.trim().length() >= 3
                && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String variant : new String[] {lower, core(lower), unleet(core(lower))}) {
            if (variant.isEmpty() || COMMON.contains(variant) || repeated(variant) || run(variant)) {
                return true;
            }
        }
        return false;
    }

    /** The word without the digits and symbols people put around it: "Password123!" → "password". */
    static String core(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && !Character.isLetter(s.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        // only letters around the decoration count as a word; digits alone ("12345678") stay as they were
        return start == end ? s : s.substring(start, end);
    }

    private static String unleet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }

    /** One character or a group of up to a third of the length, repeated: "aaaaaaaaaaaa", "abcabcabcabc". */
    private static boolean repeated(String s) {
        for (int unit = 1; unit <= s.length() / 3; unit++) {
            if (s.length() % unit == 0 && s.equals(s.substring(0, unit).repeat(s.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    /** Each character one up or one down from the one before: "123456789012" (wrapping 9→0), "abcdefghijkl". */
    private static boolean run(String s) {
        if (s.length() < 4) {
            return false;
        }
        for (int step : new int[] {1, -1}) {
            boolean all = true;
            for (int i = 1; i < s.length() && all; i++) {
                int d = s.charAt(i) - s.charAt(i - 1);
                boolean digitWrap = Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i - 1))
                        && d == -9 * step;
                all = d == step || digitWrap;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>(16_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String p = line.trim();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
