package vn.thituyen.registration;

import java.time.LocalDate;
import vn.thituyen.campaign.PriorityCategory;

/** What a candidate fills in: the registration form (Phiếu đăng ký dự tuyển). */
public record ApplicationForm(
        Long positionId,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String ethnicity,
        String citizenId,
        String phone,
        String email,
        String address,
        EducationLevel educationLevel,
        String major,
        /** every priority category claimed (each reviewed on its own; the highest confirmed applies); null = none */
        java.util.List<PriorityCategory> priorityCategories,
        Exemption exemption,
        String exemptionReason,
        ForeignLanguage foreignLanguage) {

    public ApplicationForm {
        priorityCategories = priorityCategories == null ? java.util.List.of()
                : priorityCategories.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The same form without a foreign language: for a round 1 with no foreign-language part (ND 170/2025). */
    public ApplicationForm withoutForeignLanguage() {
        return new ApplicationForm(positionId, fullName, dateOfBirth, sex, ethnicity, citizenId, phone, email, address,
                educationLevel, major, priorityCategories, exemption, exemptionReason, ForeignLanguage.NONE);
    }

    public enum Sex { MALE, FEMALE }

    /** Highest qualification (trình độ đào tạo). */
    public enum EducationLevel { INTERMEDIATE, COLLEGE, BACHELOR, MASTER, DOCTOR }

    /** A part of round 1 the candidate asks to be exempted from (miễn thi). */
    public enum Exemption { NONE, FOREIGN_LANGUAGE }

    /** Language chosen for Part II. */
    public enum ForeignLanguage { ENGLISH, NONE }
}
