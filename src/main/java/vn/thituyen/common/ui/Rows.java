package vn.thituyen.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A row of fields and the buttons that act on them, aligned on the text baseline, wrapping on narrow screens. */
public final class Rows {

    private Rows() {
    }

    public static HorizontalLayout of(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}
