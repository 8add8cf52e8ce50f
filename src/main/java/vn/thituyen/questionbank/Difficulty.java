package vn.thituyen.questionbank;

/** How hard the question board judges a question (độ khó); blueprints draw by topic and difficulty. */
public enum Difficulty { EASY, MEDIUM, HARD }
