package vn.thituyen.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SignInLockoutRepository extends JpaRepository<SignInLockout, Long> {

    /** The latest end of the lockouts in force for these keys, or null when none is. */
    @Query("select max(l.lockedUntil) from SignInLockout l where l.subjectKey in :keys and l.liftedAt is null"
            + " and l.lockedUntil > :now")
    Instant activeUntil(@Param("keys") Collection<String> keys, @Param("now") Instant now);

    @Query("select l from SignInLockout l where l.subjectKey in :keys and l.liftedAt is null"
            + " and l.lockedUntil > :now order by l.lockedAt")
    List<SignInLockout> active(@Param("keys") Collection<String> keys, @Param("now") Instant now);

    @Query("select l from SignInLockout l where l.liftedAt is null and l.lockedUntil > :now order by l.lockedAt")
    List<SignInLockout> allActive(@Param("now") Instant now);
}
