package vn.thituyen.identity.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thituyen.common.PersonName;

/** Rules for a new candidate account: field → message key of each failure. */
public final class SignUpRules {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{4,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]{1,150}\\.[^@\\s<>]{2,30}");

    private SignUpRules() {
    }

    public static Map<String, String> validate(String username, String password, String fullName, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || username.isBlank()) {
            errors.put("username", "validation.required");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "validation.username");
        }
        // a password policy a candidate can follow: 8 characters with a letter and a digit, and not a common one
        String passwordError = PasswordPolicy.checkCandidate(username, password);
        if (passwordError != null) {
            errors.put("password", passwordError);
        }
        String nameError = PersonName.check(fullName);
        if (nameError != null) {
            errors.put("fullName", nameError);
        }
        if (email == null || email.isBlank()) {
            errors.put("email", "validation.required");
        } else if (email.length() > 200 || !EMAIL.matcher(email.trim()).matches()) {
            errors.put("email", "validation.email");
        }
        return errors;
    }
}
