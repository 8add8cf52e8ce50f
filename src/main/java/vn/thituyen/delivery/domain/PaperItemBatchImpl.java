package vn.thituyen.delivery.domain;

import java.util.ArrayList;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Data fragment of {@link PaperItemRepository}. Runs in the caller's transaction (the JPA transaction
 * manager shares its connection with JdbcTemplate); on MySQL/MariaDB Connector/J rewrites each batch into
 * multi-row INSERTs ({@code rewriteBatchedStatements}, see application-mysql.properties).
 */
class PaperItemBatchImpl implements PaperItemBatch {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    PaperItemBatchImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(Collection<PaperItem> items) {
        jdbc.batchUpdate("insert into paper_item (attempt_part_id, seq, question_id, option_order) values (?, ?, ?, ?)",
                new ArrayList<>(items), BATCH, (ps, it) -> {
                    ps.setLong(1, it.getAttemptPartId());
                    ps.setInt(2, it.getSeq());
                    ps.setLong(3, it.getQuestionId());
                    ps.setString(4, it.getOptionOrder());
                });
    }
}
