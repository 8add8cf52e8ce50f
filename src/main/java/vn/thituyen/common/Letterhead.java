package vn.thituyen.common;

/**
 * The authority heading an official paper (a result list, the council's minutes): the parent authority, the issuing
 * authority and the place on the date line. Provinces merge and rename (Hải Dương became part of Hải Phòng on
 * 1 July 2025), so these are settings, never code.
 */
public record Letterhead(String parentAuthority, String authority, String place) {
}
