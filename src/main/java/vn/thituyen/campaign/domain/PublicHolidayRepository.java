package vn.thituyen.campaign.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicHolidayRepository extends JpaRepository<PublicHoliday, LocalDate> {

    List<PublicHoliday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);
}
