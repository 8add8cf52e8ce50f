package vn.thituyen.publication;

/**
 * The recruiting authority as printed on official lists. Provinces merge and rename (Hải Dương became part of
 * Hải Phòng on 1 July 2025), so these are settings.
 */
public record Letterhead(String parentAuthority, String authority, String place) {
}
