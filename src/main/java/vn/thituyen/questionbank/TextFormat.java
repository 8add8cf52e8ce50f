package vn.thituyen.questionbank;

/**
 * How a stem or option is written. HTML is kept to a safe subset (see {@code format.SafeHtml}); images inside it
 * are referenced as {@code @@PLUGINFILE@@/name} (Moodle's convention) and stored with the question.
 */
public enum TextFormat { PLAIN, HTML }
