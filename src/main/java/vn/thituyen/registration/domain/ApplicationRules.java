package vn.thituyen.registration.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.PersonName;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;

/** Field rules of the registration form; each failure is field → message key. */
public final class ApplicationRules {

    /** Luật Cán bộ, công chức 2008 Art. 36: a civil-servant candidate is at least 18 years old. */
    public static final int MINIMUM_AGE = 18;
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("(0|\\+84)\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]{1,150}\\.[^@\\s<>]{2,30}");

    private ApplicationRules() {
    }

    /** The form of a campaign whose round 1 has a foreign-language part (the 2020 rule sets). */
    public static Map<String, String> validate(ApplicationForm f, LocalDate today) {
        return validate(f, today, true);
    }

    /**
     * @param foreignLanguagePart whether the campaign's round 1 has a foreign-language part: ND 138/2020/NĐ-CP
     *        Art. 8(1) and ND 115/2020/NĐ-CP have one (Part II, with its exemptions, Art. 8(2)); ND 170/2025/NĐ-CP
     *        round 1 is general knowledge only, so no language is asked and no exemption from it can be claimed
     */
    public static Map<String, String> validate(ApplicationForm f, LocalDate today, boolean foreignLanguagePart) {
        Map<String, String> e = new LinkedHashMap<>();
        if (f.positionId() == null) {
            e.put("position", "validation.required");
        }
        putIfError(e, "fullName", PersonName.check(f.fullName()));
        if (f.dateOfBirth() == null) {
            e.put("dateOfBirth", "validation.required");
        } else if (f.dateOfBirth().isAfter(today)) {
            e.put("dateOfBirth", "validation.dob.future");
        } else if (Period.between(f.dateOfBirth(), today).getYears() < MINIMUM_AGE) {
            e.put("dateOfBirth", "validation.dob.age");
        } else if (f.dateOfBirth().isBefore(today.minusYears(100))) {
            e.put("dateOfBirth", "validation.dob.past");
        }
        if (f.sex() == null) {
            e.put("sex", "validation.required");
        }
        putIfError(e, "ethnicity", FreeText.check(f.ethnicity(), 50));
        String id = f.citizenId() == null ? "" : f.citizenId().trim();
        if (id.isEmpty()) {
            e.put("citizenId", "validation.required");
        } else if (!CITIZEN_ID.matcher(id).matches()) {
            e.put("citizenId", "validation.citizenId");
        } else if (!validProvinceCode(Integer.parseInt(id.substring(0, 3)))) {
            e.put("citizenId", "validation.citizenId.province");
        }
        String phone = f.phone() == null ? "" : f.phone().replaceAll("[\\s.]", "");
        if (phone.isEmpty()) {
            e.put("phone", "validation.required");
        } else if (!PHONE.matcher(phone).matches()) {
            e.put("phone", "validation.phone");
        }
        if (f.email() == null || f.email().isBlank()) {
            e.put("email", "validation.required");
        } else if (f.email().length() > 200 || !EMAIL.matcher(f.email().trim()).matches()) {
            e.put("email", "validation.email");
        }
        putIfError(e, "address", FreeText.check(f.address(), 300));
        if (f.educationLevel() == null) {
            e.put("educationLevel", "validation.required");
        }
        putIfError(e, "major", FreeText.check(f.major(), 200));
        Exemption exemption = f.exemption() == null ? Exemption.NONE : f.exemption();
        if (exemption != Exemption.NONE) {
            putIfError(e, "exemptionReason", FreeText.check(f.exemptionReason(), 500));
        } else if (f.exemptionReason() != null && !f.exemptionReason().isBlank()) {
            putIfError(e, "exemptionReason", FreeText.check(f.exemptionReason(), 500));
        }
        if (!foreignLanguagePart) {
            if (exemption == Exemption.FOREIGN_LANGUAGE) {
                e.put("exemption", "validation.exemption.noForeignLanguagePart");
            }
        } else if (f.foreignLanguage() == null || f.foreignLanguage() == ForeignLanguage.NONE) {
            // asked even with an exemption claimed: if the exemption is refused, the candidate sits the part in it
            e.put("foreignLanguage", "validation.required");
        }
        return e;
    }

    /** Province/city codes of the citizen ID (CCCD) run from 001 to 096 (Thông tư 07/2016/TT-BCA). */
    static boolean validProvinceCode(int code) {
        return code >= 1 && code <= 96;
    }

    private static void putIfError(Map<String, String> errors, String field, String key) {
        if (key != null) {
            errors.put(field, key);
        }
    }
}
