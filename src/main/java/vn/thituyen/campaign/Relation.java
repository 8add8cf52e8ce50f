package vn.thituyen.campaign;

/**
 * The relationships that bar a person from the council and its boards when the relative is a candidate
 * (ND 138/2020/NĐ-CP Art. 6; ND 115/2020/NĐ-CP Art. 7): parent, sibling, spouse, spouse's sibling, child.
 */
public enum Relation {
    PARENT, SIBLING, SPOUSE, SPOUSE_SIBLING, CHILD
}
