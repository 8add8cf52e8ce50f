-- Public holidays and the days off the Government adds around them (ngày nghỉ lễ, Tết; Bộ luật Lao động 2019
-- Art. 112): data kept by Home Affairs administrators, since the lunar holidays and the swapped days are announced
-- each year. Deadlines counted in days (an appeal's last day, BLDS 2015 Art. 148) move past them and past weekends.
-- Seeded with the weekdays off for civil servants in 2025 and those announced for 2026 so far.
CREATE TABLE public_holiday (
    holiday_on DATE         NOT NULL PRIMARY KEY,
    name     VARCHAR(200) NOT NULL,
    added_by VARCHAR(100) NOT NULL,
    added_at DATETIME(6)  NOT NULL
);

INSERT INTO public_holiday (holiday_on, name, added_by, added_at) VALUES
    ('2025-01-01', 'Tết Dương lịch', 'V26', '2026-12-06 00:00:00'),
    ('2025-01-27', 'Tết Nguyên đán Ất Tỵ (nghỉ bù, đổi ngày làm việc)', 'V26', '2026-12-06 00:00:00'),
    ('2025-01-28', 'Tết Nguyên đán Ất Tỵ', 'V26', '2026-12-06 00:00:00'),
    ('2025-01-29', 'Tết Nguyên đán Ất Tỵ', 'V26', '2026-12-06 00:00:00'),
    ('2025-01-30', 'Tết Nguyên đán Ất Tỵ', 'V26', '2026-12-06 00:00:00'),
    ('2025-01-31', 'Tết Nguyên đán Ất Tỵ', 'V26', '2026-12-06 00:00:00'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'V26', '2026-12-06 00:00:00'),
    ('2025-04-30', 'Ngày Chiến thắng', 'V26', '2026-12-06 00:00:00'),
    ('2025-05-01', 'Ngày Quốc tế lao động', 'V26', '2026-12-06 00:00:00'),
    ('2025-05-02', 'Nghỉ bù, đổi ngày làm việc', 'V26', '2026-12-06 00:00:00'),
    ('2025-09-01', 'Quốc khánh', 'V26', '2026-12-06 00:00:00'),
    ('2025-09-02', 'Quốc khánh', 'V26', '2026-12-06 00:00:00'),
    ('2026-01-01', 'Tết Dương lịch', 'V26', '2026-12-06 00:00:00'),
    ('2026-02-16', 'Tết Nguyên đán Bính Ngọ', 'V26', '2026-12-06 00:00:00'),
    ('2026-02-17', 'Tết Nguyên đán Bính Ngọ', 'V26', '2026-12-06 00:00:00'),
    ('2026-02-18', 'Tết Nguyên đán Bính Ngọ', 'V26', '2026-12-06 00:00:00'),
    ('2026-02-19', 'Tết Nguyên đán Bính Ngọ', 'V26', '2026-12-06 00:00:00'),
    ('2026-02-20', 'Tết Nguyên đán Bính Ngọ', 'V26', '2026-12-06 00:00:00'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)', 'V26', '2026-12-06 00:00:00'),
    ('2026-04-30', 'Ngày Chiến thắng', 'V26', '2026-12-06 00:00:00'),
    ('2026-05-01', 'Ngày Quốc tế lao động', 'V26', '2026-12-06 00:00:00'),
    ('2026-09-02', 'Quốc khánh', 'V26', '2026-12-06 00:00:00');
