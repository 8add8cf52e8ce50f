package vn.thituyen.campaign.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.thituyen.campaign.BoardKind;

public interface BoardSeatRepository extends JpaRepository<BoardSeat, Long> {

    List<BoardSeat> findByCampaignIdOrderByBoardAscHeadDescIdAsc(long campaignId);

    List<BoardSeat> findByCampaignIdAndBoardOrderByHeadDescIdAsc(long campaignId, BoardKind board);

    boolean existsByCampaignIdAndUserId(long campaignId, long userId);

    boolean existsByCampaignIdAndBoardAndUserId(long campaignId, BoardKind board, long userId);

    @Query("select distinct s.campaignId from BoardSeat s where s.userId = ?1")
    List<Long> campaignIdsOf(long userId);
}
