package vn.thituyen.questionbank;

/** What a bank examines: general knowledge, one foreign language, or one position's professional subject. */
public enum Subject { GENERAL_KNOWLEDGE, FOREIGN_LANGUAGE, PROFESSIONAL }
