package vn.thituyen.grading.ui;

import com.vaadin.flow.component.select.Select;
import vn.thituyen.grading.WrittenMarkingService.PartStatus;

/** The written paper a marking screen works on: position, part, and whether it is the re-marking of appeals. */
class WrittenPartPicker extends Select<PartStatus> {

    WrittenPartPicker(String id) {
        setId(id);
        setWidth("40em");
        setLabel(getTranslation("marking.part"));
        setItemLabelGenerator(p -> getTranslation("marking.partLabel." + p.purpose(), p.positionCode(),
                p.positionName(), p.partNo(), getTranslation("partKind." + p.kind())));
    }
}
