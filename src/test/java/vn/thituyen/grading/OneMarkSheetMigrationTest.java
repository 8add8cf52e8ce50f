package vn.thituyen.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Migration V25 (issue 13 § 8: one way to record a human mark) on a database that already holds interview scores and
 * decisions: every score becomes a MEMBER sheet of the board's part, every decision a HEAD or CHAIR sheet, in their
 * order (the latest still counts), nothing lost, and the old tables are gone.
 */
class OneMarkSheetMigrationTest {

    /**
     * A fresh database: in-memory H2, or the MariaDB/MySQL one named by {@code -Dthituyen.migrationTest.url} (with
     * {@code .user} and {@code .password}; it must be empty, e.g. a new name with createDatabaseIfNotExist=true).
     */
    private final String url = System.getProperty("thituyen.migrationTest.url", "jdbc:h2:mem:v25-" + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
    private final String user = System.getProperty("thituyen.migrationTest.user", "sa");
    private final String password = System.getProperty("thituyen.migrationTest.password", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));

    /** Inserts a row, giving every other required column a plain value of its type. */
    private long insert(String table, Map<String, Object> given) {
        Map<String, Object> row = new LinkedHashMap<>(given);
        for (Map<String, Object> col : jdbc.queryForList("SELECT column_name, data_type, is_nullable, column_default"
                + " FROM information_schema.columns WHERE table_name = ? AND table_schema = SCHEMA()"
                + " ORDER BY ordinal_position", table)) {
            String name = ((String) col.get("column_name")).toLowerCase();
            if (row.containsKey(name) || name.equals("id") || "YES".equals(col.get("is_nullable"))
                    || col.get("column_default") != null) {
                continue;
            }
            String type = ((String) col.get("data_type")).toUpperCase();
            row.put(name, type.contains("CHAR") ? "X"
                    : type.contains("TIMESTAMP") || type.contains("DATETIME") ? Timestamp.from(Instant.now())
                    : type.equals("DATE") ? java.sql.Date.valueOf("1990-01-01")
                    : type.contains("BOOL") || type.equals("TINYINT") ? false : 1);
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[] {"id"});
            int i = 1;
            for (Object v : row.values()) {
                ps.setObject(i++, v);
            }
            return ps;
        }, keys);
        return keys.getKey() == null ? 0 : keys.getKey().longValue();
    }

    private static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void interviewScoresAndDecisionsBecomeMarkSheetsInTheirOrder() {
        Flyway.configure().dataSource(url, user, password).target("24").load().migrate();
        long head = insert("user_account", of("username", "head1", "full_name", "Đỗ Trưởng Ban", "role", "GRADER"));
        long campaign = insert("campaign", of("code", "C1"));
        long planned = insert("position", of("campaign_id", campaign, "code", "VT01"));
        long unplanned = insert("position", of("campaign_id", campaign, "code", "VT02"));
        // VT01 sits a written paper first and is interviewed in part 2; VT02 has no stored plan
        insert("exam_part", of("position_id", planned, "round_no", 2, "part_no", 1, "kind", "WRITTEN_PAPER"));
        insert("exam_part", of("position_id", planned, "round_no", 2, "part_no", 2, "kind", "INTERVIEW"));
        long an = insert("application", of("campaign_id", campaign, "position_id", planned, "user_id", head,
                "citizen_id", "001090000001"));
        long other = insert("user_account", of("username", "cand2", "full_name", "Trần Văn Bình", "role",
                "CANDIDATE"));
        long binh = insert("application", of("campaign_id", campaign, "position_id", unplanned, "user_id", other,
                "citizen_id", "001090000002"));
        Timestamp t = Timestamp.from(Instant.parse("2026-01-10T02:00:00Z"));
        insert("interview_mark", of("application_id", an, "grader_id", head, "grader_name", "Đỗ Trưởng Ban",
                "score", new BigDecimal("70"), "entered_at", t));
        insert("interview_mark", of("application_id", an, "grader_id", 99, "grader_name", "Hoàng Thành Viên",
                "score", new BigDecimal("90"), "entered_at", t));
        insert("interview_mark", of("application_id", an, "grader_id", 99, "grader_name", "Hoàng Thành Viên",
                "score", new BigDecimal("92.5"), "entered_at", t));
        insert("interview_decision", of("application_id", an, "score", new BigDecimal("75"), "reason",
                "Trưởng ban quyết định", "decided_by", "head1", "decided_at", t, "decided_as", "BOARD_HEAD"));
        insert("interview_decision", of("application_id", an, "score", new BigDecimal("80"), "reason",
                "Chủ tịch quyết định", "decided_by", "chair-gone", "decided_at", t, "decided_as", "COUNCIL_CHAIR"));
        insert("interview_mark", of("application_id", binh, "grader_id", head, "grader_name", "Đỗ Trưởng Ban",
                "score", new BigDecimal("60"), "entered_at", t));

        Flyway.configure().dataSource(url, user, password).load().migrate();

        List<Map<String, Object>> sheets = jdbc.queryForList("SELECT sheet, application_id, part_no, marker_id,"
                + " marker_name, mark, reason, script_id FROM mark_sheet ORDER BY id");
        assertThat(sheets).extracting(r -> r.get("sheet") + "/" + r.get("application_id") + "/" + r.get("part_no")
                + "/" + r.get("marker_id") + "/" + r.get("marker_name") + "/"
                + ((BigDecimal) r.get("mark")).stripTrailingZeros().toPlainString() + "/" + r.get("reason"))
                .containsExactly(
                        "MEMBER/" + an + "/2/" + head + "/Đỗ Trưởng Ban/70/null",
                        "MEMBER/" + an + "/2/99/Hoàng Thành Viên/90/null",
                        "MEMBER/" + an + "/2/99/Hoàng Thành Viên/92.5/null",
                        "MEMBER/" + binh + "/1/" + head + "/Đỗ Trưởng Ban/60/null",
                        "HEAD/" + an + "/2/" + head + "/Đỗ Trưởng Ban/75/Trưởng ban quyết định",
                        "CHAIR/" + an + "/2/0/chair-gone/80/Chủ tịch quyết định");
        assertThat(sheets).allSatisfy(r -> assertThat(r.get("script_id")).isNull());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN"
                + " ('interview_mark', 'interview_decision') AND table_schema = SCHEMA()", Long.class)).isZero();
    }
}
