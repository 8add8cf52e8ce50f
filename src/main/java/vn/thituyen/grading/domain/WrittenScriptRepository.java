package vn.thituyen.grading.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WrittenScriptRepository extends JpaRepository<WrittenScript, Long> {

    List<WrittenScript> findByPartIdOrderBySecondCode(long partId);

    /** The scripts dealt to a marker (as first, second or third marker) in a campaign. */
    @Query("select s from WrittenScript s, WrittenPart p where p.id = s.partId and p.campaignId = :campaignId"
            + " and (s.marker1 = :marker or s.marker2 = :marker or s.marker3 = :marker) order by s.secondCode")
    List<WrittenScript> dealtTo(long campaignId, long marker);
}
