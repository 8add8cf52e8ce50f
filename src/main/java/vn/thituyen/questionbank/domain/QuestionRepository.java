package vn.thituyen.questionbank.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    /** What papers may draw: approved, not purged, of a type a candidate answers with one choice. */
    @Query("select q.id from Question q where q.bankId = ?1 and q.purged = false"
            + " and q.status = vn.thituyen.questionbank.QuestionStatus.APPROVED"
            + " and q.type <> vn.thituyen.questionbank.QuestionType.MULTIPLE order by q.id")
    List<Long> idsInBank(Long bankId);

    /** The drawable pool with what blueprints select on: id, topic id, difficulty. */
    @Query("select q.id, q.topicId, q.difficulty from Question q where q.bankId = ?1 and q.purged = false"
            + " and q.status = vn.thituyen.questionbank.QuestionStatus.APPROVED"
            + " and q.type <> vn.thituyen.questionbank.QuestionType.MULTIPLE order by q.id")
    List<Object[]> poolInBank(Long bankId);

    @Query("select q.id, count(o) from Question q join q.options o where q.bankId = ?1 group by q.id")
    List<Object[]> optionCounts(Long bankId);

    @Query("select count(q) from Question q where q.bankId = ?1 and q.purged = false"
            + " and q.status = vn.thituyen.questionbank.QuestionStatus.APPROVED"
            + " and q.type <> vn.thituyen.questionbank.QuestionType.MULTIPLE")
    long countDrawable(Long bankId);

    @Query("select q.status, count(q) from Question q where q.bankId = ?1 and q.purged = false group by q.status")
    List<Object[]> countByStatus(Long bankId);

    @Query("select coalesce(max(q.seq), 0) from Question q where q.bankId = ?1")
    int maxSeq(Long bankId);

    @Query("select coalesce(max(q.version), 0) from Question q where q.familyId = ?1")
    int maxVersion(Long familyId);

    @Query("select distinct q from Question q left join fetch q.options where q.id in ?1")
    List<Question> findWithOptions(Collection<Long> ids);

    /** The newest version of every question of a bank (what the board works on). */
    @Query("select q from Question q where q.bankId = ?1 and q.version ="
            + " (select max(v.version) from Question v where v.familyId = q.familyId) order by q.seq")
    List<Question> latestVersions(Long bankId);

    String LATEST_FILTERED = "from Question q where q.bankId = :bank and q.version ="
            + " (select max(v.version) from Question v where v.familyId = q.familyId)"
            + " and (:anyTopic = true or q.topicId in :topics)"
            + " and (:status is null or q.status = :status)"
            + " and (:difficulty is null or q.difficulty = :difficulty)"
            + " and (:search is null or lower(q.stem) like :search or lower(q.tags) like :search"
            + " or cast(q.id as string) = :plain)";

    /** One page of the newest versions of a bank's questions that pass the board's filters, in the bank's order. */
    @Query("select q " + LATEST_FILTERED + " order by q.seq")
    List<Question> latestVersions(@org.springframework.data.repository.query.Param("bank") Long bankId,
            @org.springframework.data.repository.query.Param("anyTopic") boolean anyTopic,
            @org.springframework.data.repository.query.Param("topics") Collection<Long> topics,
            @org.springframework.data.repository.query.Param("status") vn.thituyen.questionbank.QuestionStatus status,
            @org.springframework.data.repository.query.Param("difficulty") vn.thituyen.questionbank.Difficulty difficulty,
            @org.springframework.data.repository.query.Param("search") String search,
            @org.springframework.data.repository.query.Param("plain") String plain,
            org.springframework.data.domain.Pageable page);

    @Query("select count(q) " + LATEST_FILTERED)
    long countLatestVersions(@org.springframework.data.repository.query.Param("bank") Long bankId,
            @org.springframework.data.repository.query.Param("anyTopic") boolean anyTopic,
            @org.springframework.data.repository.query.Param("topics") Collection<Long> topics,
            @org.springframework.data.repository.query.Param("status") vn.thituyen.questionbank.QuestionStatus status,
            @org.springframework.data.repository.query.Param("difficulty") vn.thituyen.questionbank.Difficulty difficulty,
            @org.springframework.data.repository.query.Param("search") String search,
            @org.springframework.data.repository.query.Param("plain") String plain);

    /** How many newest versions each topic of a bank holds (null: no topic). */
    @Query("select q.topicId, count(q) from Question q where q.bankId = ?1 and q.version ="
            + " (select max(v.version) from Question v where v.familyId = q.familyId) group by q.topicId")
    List<Object[]> countLatestByTopic(Long bankId);

    List<Question> findByFamilyIdOrderByVersionAsc(Long familyId);

    @Modifying
    @Query("update Question q set q.used = true where q.id in ?1 and q.used = false")
    int markUsed(Collection<Long> ids);
}
