package vn.thituyen.campaign;

/** The title of a division-level post: Trưởng phòng or Phó Trưởng phòng (and their equivalents). */
public enum PostTitle { HEAD, DEPUTY }
