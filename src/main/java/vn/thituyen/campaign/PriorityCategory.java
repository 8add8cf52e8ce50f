package vn.thituyen.campaign;

/**
 * Priority categories (đối tượng ưu tiên), ND 138/2020/NĐ-CP Art. 5, ND 115/2020 Art. 6 as amended by ND 85/2023;
 * points depend on the rule set, and a category a set does not recognise counts 0.
 */
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
    YOUTH_VOLUNTEER,
    /**
     * Grassroots trade-union officers (cán bộ công đoàn trưởng thành từ cơ sở, trong phong trào công nhân): 1.5
     * for viên chức (ND 85/2023/NĐ-CP); for công chức 2025 (?) — {@link RuleSet.Option#TRADE_UNION_PRIORITY}.
     */
    GRASSROOTS_TRADE_UNION_OFFICER
}
