package vn.thituyen.common.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import vn.thituyen.common.Numbers;

/**
 * A score typed by a marker or a board member: "74,5" and "74.5" both mean seventy-four and a half, in every language
 * (a number field following the page's language read "74.5" on a Vietnamese page as 745). Shows scores the page's
 * way; a text that is no score marks the field with the rule, and nothing is saved.
 */
public class ScoreField extends TextField {

    private final BigDecimal max;
    private final int decimals;

    public ScoreField(String label, BigDecimal max, int decimals) {
        super(label);
        this.max = max;
        this.decimals = decimals;
        setAllowedCharPattern("[0-9.,]");
        setMaxLength(8);
        setWidth("9em");
        getElement().setAttribute("inputmode", "decimal");
    }

    /** The typed score; empty (and the field marked with the rule) when the text is no score. */
    public Optional<BigDecimal> score() {
        Optional<BigDecimal> v = Numbers.parseScore(getValue(), max, decimals);
        if (v.isEmpty()) {
            setErrorMessage(getTranslation("validation.score"));
            setInvalid(true);
        } else {
            setInvalid(false);
        }
        return v;
    }

    public void setScore(BigDecimal v) {
        setValue(new Numbers(getLocale()).score(v));
        setInvalid(false);
    }
}
