package vn.thituyen.delivery.domain;

import java.time.Duration;
import vn.thituyen.campaign.RuleSet;

/**
 * Whether a late candidate may still start (đến muộn): TT 6/2020/TT-BNV allows up to 30 minutes for every paper;
 * TT 22/2025/TT-BNV and TT 001/2025 allow 5 minutes for papers of up to 30 minutes and 10 minutes for papers of
 * 60 minutes or more (between them (?): a parameter of the rule set, 5 by default). Beyond the limit only the
 * council chair may let the candidate sit (recorded elsewhere).
 */
public final class LateArrivalRule {

    private LateArrivalRule() {
    }

    /** The limit in minutes for a paper of this duration: the band with the highest start not above it. */
    public static int limitMinutes(int paperMinutes, RuleSet.LateArrival rule) {
        int limit = rule.bands().get(0).limitMinutes();
        int from = Integer.MIN_VALUE;
        for (RuleSet.LateArrival.Band b : rule.bands()) {
            if (b.paperMinutesFrom() <= paperMinutes && b.paperMinutesFrom() >= from) {
                from = b.paperMinutesFrom();
                limit = b.limitMinutes();
            }
        }
        return limit;
    }

    /** @param late how long after the sitting opened the candidate starts (at most the limit: allowed) */
    public static boolean allowed(int paperMinutes, Duration late, RuleSet.LateArrival rule) {
        return late.compareTo(Duration.ofMinutes(limitMinutes(paperMinutes, rule))) <= 0;
    }
}
