package vn.thituyen.campaign;

/** The lowest education a position requires (trình độ đào tạo), lowest first. */
public enum EducationLevel {
    INTERMEDIATE, COLLEGE, BACHELOR, MASTER, DOCTOR
}
