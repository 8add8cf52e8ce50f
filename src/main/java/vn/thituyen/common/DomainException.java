package vn.thituyen.common;

/**
 * A business rule refused an action. Carries a message key (from the translation files) so the UI can
 * show a localised sentence instead of a stack trace.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public DomainException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params;
    }
}
