-- 2027's days off whose dates the Labour Code fixes (Bộ luật Lao động 2019 Art. 112): New Year's Day, Reunification
-- Day, International Workers' Day (a Saturday in 2027, so the Monday after is off, Art. 112(3)) and National Day.
-- Tết Nguyên đán Đinh Mùi, the Hùng Kings' day (10/3 lunar) and the second National Day holiday are announced by the
-- Government each year: an administrator adds them on /settings/holidays once announced.
INSERT INTO public_holiday (holiday_on, name, added_by, added_at) VALUES
    ('2027-01-01', 'Tết Dương lịch', 'V40', '2026-12-06 00:00:00'),
    ('2027-04-30', 'Ngày Chiến thắng', 'V40', '2026-12-06 00:00:00'),
    ('2027-05-03', 'Ngày Quốc tế lao động (nghỉ bù cho Thứ Bảy 1/5)', 'V40', '2026-12-06 00:00:00'),
    ('2027-09-02', 'Quốc khánh', 'V40', '2026-12-06 00:00:00');
