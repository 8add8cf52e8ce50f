-- Applications received on paper (nhận hồ sơ giấy): who typed the form in; NULL for an online application.
ALTER TABLE application ADD COLUMN entered_by VARCHAR(100);
