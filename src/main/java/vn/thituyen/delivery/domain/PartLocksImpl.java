package vn.thituyen.delivery.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;

/** Spring Data fragment of {@link AttemptPartRepository}. */
class PartLocksImpl implements PartLocks {

    /**
     * The lock: the item's row and its part's row, read with FOR UPDATE, plus what does not change under a save
     * (the sitting's status, the candidate's presence) as scalar subqueries. The part row is the one
     * {@link AttemptPartRepository#lockById} locks when a part closes, so saves and closing take turns.
     */
    static final String LOCK = """
            select p.id as part_id, p.attempt_id as attempt_id, i.option_order as option_order,
                   (select s.status from attempt a join sitting s on s.id = a.sitting_id
                     where a.id = p.attempt_id) as sitting_status,
                   (select a.last_seen_at from attempt a where a.id = p.attempt_id) as last_seen_at,
                   (select a.current_session from attempt a where a.id = p.attempt_id) as current_session,
                   (select a.session_started_at from attempt a where a.id = p.attempt_id) as session_started_at
              from paper_item i join attempt_part p on p.id = i.attempt_part_id
             where i.id = :item
               for update""";

    /**
     * Read by a statement of its own, after the lock is granted: the part's state and the item's latest answer
     * as committed by whoever held the lock before (a hand-in, another save of the paper). Inside the locking
     * statement they could be older: a database may take a statement's snapshot before the statement waits for
     * the lock (H2 does; InnoDB happens not to for correlated subqueries), and a save that waited for a newer
     * message of the same item would then write over it. {@code ExamDayTest} checks this on each database.
     */
    static final String AFTER_LOCK = """
            select p.started_at as started_at, p.deadline as deadline, p.closed_at as closed_at,
                   (select an.client_seq from answer an where an.id =
                       (select max(b.id) from answer b where b.paper_item_id = :item)) as latest_seq,
                   (select an.saved_at from answer an where an.id =
                       (select max(b.id) from answer b where b.paper_item_id = :item)) as latest_saved_at
              from attempt_part p
             where p.id = :part""";

    @PersistenceContext
    private EntityManager em;

    @Override
    public void reload(AttemptPart part) {
        em.refresh(part);
    }

    @Override
    public Optional<AnswerSaveCheck> lockForSave(long paperItemId) {
        Session session = em.unwrap(Session.class);
        @SuppressWarnings("unchecked")
        List<Object[]> locked = session.createNativeQuery(LOCK)
                .setParameter("item", paperItemId)
                .addScalar("part_id", StandardBasicTypes.LONG)
                .addScalar("attempt_id", StandardBasicTypes.LONG)
                .addScalar("option_order", StandardBasicTypes.STRING)
                .addScalar("sitting_status", StandardBasicTypes.STRING)
                .addScalar("last_seen_at", StandardBasicTypes.INSTANT)
                .addScalar("current_session", StandardBasicTypes.STRING)
                .addScalar("session_started_at", StandardBasicTypes.INSTANT)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Object[] l = locked.get(0);
        Object[] r = (Object[]) session.createNativeQuery(AFTER_LOCK)
                .setParameter("item", paperItemId)
                .setParameter("part", l[0])
                .addScalar("started_at", StandardBasicTypes.INSTANT)
                .addScalar("deadline", StandardBasicTypes.INSTANT)
                .addScalar("closed_at", StandardBasicTypes.INSTANT)
                .addScalar("latest_seq", StandardBasicTypes.LONG)
                .addScalar("latest_saved_at", StandardBasicTypes.INSTANT)
                .getSingleResult();
        return Optional.of(new AnswerSaveCheck((Long) l[0], (Long) l[1], (Instant) r[0], (Instant) r[1],
                (Instant) r[2], (String) l[2], Sitting.Status.valueOf((String) l[3]), (Instant) l[4], (Long) r[3],
                (Instant) r[4], (String) l[5], (Instant) l[6]));
    }
}
