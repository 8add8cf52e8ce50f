package vn.thituyen.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field-level validation failures: field name → message key. Thrown by a service, shown next to each field. */
public class FieldErrors extends DomainException {

    private final Map<String, String> errors;

    public FieldErrors(Map<String, String> errors) {
        super("error.validation");
        this.errors = Map.copyOf(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
