package vn.thituyen.questionbank;

/** What a bank examines. */
public enum Subject { GENERAL_KNOWLEDGE, FOREIGN_LANGUAGE }
