package vn.thituyen.delivery.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoomInvigilatorRepository extends JpaRepository<RoomInvigilator, Long> {
    List<RoomInvigilator> findByRoomIdOrderByAssignedAt(Long roomId);

    boolean existsByRoomIdAndUserId(Long roomId, Long userId);

    Optional<RoomInvigilator> findByRoomIdAndUserId(Long roomId, Long userId);

    List<RoomInvigilator> findByUserId(Long userId);
}
