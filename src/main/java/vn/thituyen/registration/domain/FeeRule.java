package vn.thituyen.registration.domain;

import vn.thituyen.campaign.RuleSet;

/**
 * The fees a candidate pays (TT 92/2021/TT-BTC, biểu phí tuyển dụng, nâng ngạch, xét thăng hạng): the exam fee per
 * candidate falls with the number of candidates of the campaign (under 100: 500,000 VND; 100–499: 400,000; 500 or
 * more: 300,000), and an appeal (phúc khảo) costs 150,000 VND per paper. The bands and amounts are the campaign's
 * rule set's ({@link RuleSet.ExamFee}, {@link RuleSet.WrittenMarking#appealFeeVnd()}), never constants here.
 */
public final class FeeRule {

    private FeeRule() {
    }

    /**
     * The exam fee each candidate pays when the campaign has {@code candidates} candidates: the band with the highest
     * start not above the count (TT 92/2021/TT-BTC: 99 candidates pay 500,000 each, 100 pay 400,000).
     */
    public static long examFee(RuleSet.ExamFee fee, int candidates) {
        if (candidates < 0) {
            throw new IllegalArgumentException("candidates " + candidates);
        }
        long amount = fee.bands().get(0).feeVnd();
        for (RuleSet.ExamFee.Band band : fee.bands()) {
            if (band.candidatesFrom() <= candidates) {
                amount = band.feeVnd();
            }
        }
        return amount;
    }

    /** The appeal fee for {@code papers} papers appealed: per paper (TT 92/2021/TT-BTC: 150,000 VND each). */
    public static long appealFee(RuleSet.WrittenMarking written, int papers) {
        if (papers < 0) {
            throw new IllegalArgumentException("papers " + papers);
        }
        return Math.multiplyExact(written.appealFeeVnd(), (long) papers);
    }
}
