package vn.thituyen.campaign;

/** A foreign language a position may offer for the language part (Part II of the 2020 rule sets). */
public enum Language {
    ENGLISH, FRENCH, RUSSIAN, CHINESE, GERMAN, JAPANESE, KOREAN
}
