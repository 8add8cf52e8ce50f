package vn.thituyen.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationForm.EducationLevel;
import vn.thituyen.registration.ApplicationForm.Exemption;
import vn.thituyen.registration.ApplicationForm.ForeignLanguage;
import vn.thituyen.registration.ApplicationForm.Sex;

/** Field rules of the registration form: each bad value gives a field → message key. */
class ApplicationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static ApplicationForm valid() {
        return new ApplicationForm(1L, "Nguyễn Thị Hồng Nhung", LocalDate.of(1996, 5, 2), Sex.FEMALE, "Kinh",
                "030196001234", "0912345678", "nhung@example.vn", "Số 5 phố Nguyễn Du, Hải Dương",
                EducationLevel.BACHELOR, "Quản trị nhân lực", null, Exemption.NONE, null, ForeignLanguage.ENGLISH);
    }

    @Test
    void aCompleteFormIsValid() {
        assertThat(ApplicationRules.validate(valid(), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        citizenId | 03019600123             | validation.citizenId
        citizenId | 0301960012345           | validation.citizenId
        citizenId | 03019600123A            | validation.citizenId
        citizenId | 097196001234            | validation.citizenId.province
        citizenId | 000196001234            | validation.citizenId.province
        citizenId | ''                      | validation.required
        fullName  | ''                      | validation.required
        fullName  | Nguyễn <b>Văn</b> A     | validation.name.chars
        fullName  | <script>alert(1)</script> | validation.name.chars
        fullName  | Nguyễn Văn 3            | validation.name.chars
        phone     | 12345                   | validation.phone
        phone     | 091234567               | validation.phone
        email     | not-an-email            | validation.email
        address   | <script>alert('x')</script> | validation.text.chars
        major     | ''                      | validation.required
        ethnicity | ''                      | validation.required
        """)
    void badValues(String field, String value, String key) {
        ApplicationForm f = with(valid(), field, value);
        Map<String, String> errors = ApplicationRules.validate(f, TODAY);
        assertThat(errors).containsEntry(field, key);
    }

    @Test
    void aTenThousandCharacterNameIsRefused() {
        ApplicationForm f = with(valid(), "fullName", "Nguyễn".repeat(1700));
        assertThat(ApplicationRules.validate(f, TODAY)).containsEntry("fullName", "validation.name.tooLong");
    }

    @ParameterizedTest
    @CsvSource({"2026-11-26, validation.dob.future", "2030-01-01, validation.dob.future",
        "2008-11-26, validation.dob.age", "1900-01-01, validation.dob.past"})
    void birthDates(LocalDate dob, String key) {
        ApplicationForm v = valid();
        ApplicationForm f = new ApplicationForm(v.positionId(), v.fullName(), dob, v.sex(), v.ethnicity(),
                v.citizenId(), v.phone(), v.email(), v.address(), v.educationLevel(), v.major(), null, Exemption.NONE,
                null, ForeignLanguage.ENGLISH);
        assertThat(ApplicationRules.validate(f, TODAY)).containsEntry("dateOfBirth", key);
    }

    @Test
    void exactlyEighteenTodayIsAllowed() {
        ApplicationForm v = valid();
        ApplicationForm f = new ApplicationForm(v.positionId(), v.fullName(), TODAY.minusYears(18), v.sex(),
                v.ethnicity(), v.citizenId(), v.phone(), v.email(), v.address(), v.educationLevel(), v.major(), null,
                Exemption.NONE, null, ForeignLanguage.ENGLISH);
        assertThat(ApplicationRules.validate(f, TODAY)).isEmpty();
    }

    @Test
    void anEmptyFormMarksEveryRequiredField() {
        ApplicationForm empty = new ApplicationForm(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(ApplicationRules.validate(empty, TODAY)).containsOnlyKeys("position", "fullName", "dateOfBirth",
                "sex", "ethnicity", "citizenId", "phone", "email", "address", "educationLevel", "major",
                "foreignLanguage").allSatisfy((k, v) -> assertThat(v).isEqualTo("validation.required"));
    }

    @Test
    void anExemptionNeedsAReasonAndStillTheLanguageInCaseItIsRefused() {
        ApplicationForm v = valid();
        ApplicationForm noReason = new ApplicationForm(v.positionId(), v.fullName(), v.dateOfBirth(), v.sex(),
                v.ethnicity(), v.citizenId(), v.phone(), v.email(), v.address(), v.educationLevel(), v.major(), null,
                Exemption.FOREIGN_LANGUAGE, " ", ForeignLanguage.NONE);
        assertThat(ApplicationRules.validate(noReason, TODAY)).containsOnlyKeys("exemptionReason", "foreignLanguage");
    }

    /**
     * ND 138/2020/NĐ-CP Art. 8 and ND 115/2020/NĐ-CP: Part II is a foreign language (its language asked, an
     * exemption claimable); ND 170/2025/NĐ-CP: round 1 is general knowledge only, no language, no exemption from it.
     */
    @ParameterizedTest(name = "language part {0}, exemption {1}, language {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
        true  | NONE             | ENGLISH | -
        true  | NONE             | NONE    | foreignLanguage
        true  | FOREIGN_LANGUAGE | ENGLISH | -
        false | NONE             | NONE    | -
        false | NONE             | ENGLISH | -
        false | FOREIGN_LANGUAGE | NONE    | exemption
        """)
    void theForeignLanguageIsAskedOnlyWhereRound1HasThePart(boolean part, Exemption exemption,
            ForeignLanguage language, String error) {
        ApplicationForm v = valid();
        ApplicationForm f = new ApplicationForm(v.positionId(), v.fullName(), v.dateOfBirth(), v.sex(),
                v.ethnicity(), v.citizenId(), v.phone(), v.email(), v.address(), v.educationLevel(), v.major(), null,
                exemption, exemption == Exemption.NONE ? null : "Cử nhân ngôn ngữ Anh", language);
        Map<String, String> errors = ApplicationRules.validate(f, TODAY, part);
        if ("-".equals(error)) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).containsOnlyKeys(error);
        }
    }

    static ApplicationForm with(ApplicationForm v, String field, String value) {
        return new ApplicationForm(v.positionId(),
                field.equals("fullName") ? value : v.fullName(), v.dateOfBirth(), v.sex(),
                field.equals("ethnicity") ? value : v.ethnicity(),
                field.equals("citizenId") ? value : v.citizenId(),
                field.equals("phone") ? value : v.phone(),
                field.equals("email") ? value : v.email(),
                field.equals("address") ? value : v.address(), v.educationLevel(),
                field.equals("major") ? value : v.major(), v.priorityCategories(), v.exemption(), v.exemptionReason(),
                v.foreignLanguage());
    }
}
