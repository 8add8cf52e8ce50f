package vn.thituyen.registration;

/** A column of the office's list of applications received on paper, with the Vietnamese header the template writes. */
public enum PaperColumn {
    FULL_NAME("Họ và tên", true),
    DATE_OF_BIRTH("Ngày sinh", true),
    SEX("Giới tính", true),
    ETHNICITY("Dân tộc", false),
    CITIZEN_ID("Số CCCD", true),
    PHONE("Số điện thoại", true),
    EMAIL("Email", true),
    ADDRESS("Địa chỉ liên hệ", true),
    POSITION("Mã vị trí dự tuyển", true),
    EDUCATION("Trình độ đào tạo", true),
    MAJOR("Chuyên ngành", false),
    PRIORITY("Đối tượng ưu tiên", false),
    EXEMPTION("Miễn thi", false),
    EXEMPTION_REASON("Lý do miễn thi", false),
    FOREIGN_LANGUAGE("Ngoại ngữ dự thi", false);

    private final String header;
    private final boolean required;

    PaperColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a field of the form is typed in (the keys of {@link ApplicationRules}' errors). */
    public static PaperColumn ofField(String field) {
        return switch (field) {
            case "fullName" -> FULL_NAME;
            case "dateOfBirth" -> DATE_OF_BIRTH;
            case "sex" -> SEX;
            case "ethnicity" -> ETHNICITY;
            case "citizenId" -> CITIZEN_ID;
            case "phone" -> PHONE;
            case "email" -> EMAIL;
            case "address" -> ADDRESS;
            case "position" -> POSITION;
            case "educationLevel" -> EDUCATION;
            case "major" -> MAJOR;
            case "priorityCategory" -> PRIORITY;
            case "exemption" -> EXEMPTION;
            case "exemptionReason" -> EXEMPTION_REASON;
            case "foreignLanguage" -> FOREIGN_LANGUAGE;
            default -> null;
        };
    }
}
