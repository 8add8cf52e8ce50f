package vn.thituyen.campaign;

/** Priority categories (đối tượng ưu tiên), ND 138/2020/NĐ-CP Art. 5; points depend on the rule set. */
public enum PriorityCategory {
    /** Heroes of the Armed Forces / of Labour, war invalids and those treated as such: 7.5. */
    HERO_OR_WAR_INVALID,
    /** Ethnic minorities: 5. */
    ETHNIC_MINORITY,
    /** Army/police officers, demobilised professional soldiers: 5. */
    OFFICER_OR_VETERAN_PROFESSIONAL,
    /** Children of martyrs, war invalids, sick soldiers, Agent-Orange-affected fighters, Heroes: 5. */
    CHILD_OF_MARTYR_OR_INVALID,
    /** Completed military or police service: 2.5. */
    COMPLETED_MILITARY_SERVICE,
    /** Youth volunteers: 2.5. */
    YOUTH_VOLUNTEER
}
