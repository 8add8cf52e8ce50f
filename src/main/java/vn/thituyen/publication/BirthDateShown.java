package vn.thituyen.publication;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How much of a candidate's date of birth the published list shows: the official PDF, the public page and the
 * portal's JSON show the same (a setting of the Department, {@code publicList.birthDate}). By default none: the
 * candidate number already tells namesakes apart, and a date of birth is personal data (ND 13/2023/NĐ-CP) that a
 * public list, copied and indexed, does not need. A province whose practice prints it chooses YEAR or FULL.
 */
public enum BirthDateShown {
    NONE, YEAR, FULL;

    private static final DateTimeFormatter FULL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The date as the list prints it, or null when the list shows none. */
    public String format(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return null;
        }
        return switch (this) {
            case NONE -> null;
            case YEAR -> String.valueOf(dateOfBirth.getYear());
            case FULL -> FULL_DATE.format(dateOfBirth);
        };
    }

    /** The date in the portal's JSON (ISO 8601, or the year alone), or null when the list shows none. */
    public String json(LocalDate dateOfBirth) {
        if (dateOfBirth == null || this == NONE) {
            return null;
        }
        return this == YEAR ? String.valueOf(dateOfBirth.getYear()) : dateOfBirth.toString();
    }
}
