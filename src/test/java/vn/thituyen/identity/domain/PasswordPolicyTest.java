package vn.thituyen.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 7 of the security review (OWASP ASVS 4.0 V2.1.1, V2.1.7): staff passwords at least 12 characters,
 * nobody a common one. Each row: user name, password, the key for a staff account, the key for a candidate
 * ({@code ok} = accepted).
 */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} / {1}: staff {2}, candidate {3}")
    @CsvSource(delimiter = '|', textBlock = """
            secretary | Demo@2026                 | validation.password.staff  | validation.password.common
            secretary | Demo@2026-HD              | ok                         | ok
            secretary | Kiem-Tra@2026             | ok                         | ok
            secretary | Password123!              | validation.password.common | validation.password.common
            secretary | Password1234!             | validation.password.common | validation.password.common
            secretary | P@ssw0rd2026!             | validation.password.common | validation.password.common
            secretary | qwertyuiop123             | validation.password.common | validation.password.common
            secretary | 123456789012              | validation.password.common | validation.password
            secretary | aaaaaaaaaaaa              | validation.password.common | validation.password
            secretary | aaaaaaaaaaa1              | validation.password.common | validation.password.common
            secretary | abcabcabcabc1             | validation.password.common | validation.password.common
            secretary | abc1abc1abc1              | validation.password.common | validation.password.common
            secretary | abcdefghijkl              | validation.password.common | validation.password
            secretary | Secretary2026!            | validation.password.common | validation.password.common
            nguyenvana| nguyenvana-2026           | validation.password.common | validation.password.common
            secretary | iloveyou2026              | validation.password.common | validation.password.common
            secretary | matkhau@2026              | validation.password.common | validation.password.common
            secretary | HoaSen.2026x              | ok                         | ok
            secretary | Sông-Hồng chảy 2026       | ok                         | ok
            secretary | short1                    | validation.password.staff  | validation.password
            """)
    void staffAndCandidatePasswords(String username, String password, String staff, String candidate) {
        assertThat(result(PasswordPolicy.checkStaff(username, password))).isEqualTo(staff);
        assertThat(result(PasswordPolicy.checkCandidate(username, password))).isEqualTo(candidate);
    }

    @Test
    void theListHoldsTheTenThousandMostCommonPasswords() {
        for (String common : new String[] {"123456", "password", "qwerty", "letmein", "dragon", "iloveyou", "matkhau"}) {
            assertThat(PasswordPolicy.guessable("x", common)).as(common).isTrue();
        }
    }

    @Test
    void emptyIsRequired() {
        assertThat(PasswordPolicy.checkStaff("admin", "")).isEqualTo("validation.required");
        assertThat(PasswordPolicy.checkCandidate("ts01", null)).isEqualTo("validation.required");
    }

    private static String result(String key) {
        return key == null ? "ok" : key;
    }
}
