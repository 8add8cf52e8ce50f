package vn.thituyen.grading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The optional confidence vote on a leadership candidate (phiếu tín nhiệm): each council member present casts one
 * ballot, agree or disagree; a ballot marked both or neither is invalid. The count is shown as the share of agree
 * ballots among the ballots cast and among the council's members (the province's regulation says which one it
 * uses; both are shown).
 */
public final class ConfidenceVoteRule {

    private ConfidenceVoteRule() {
    }

    public enum Ballot { AGREE, DISAGREE, INVALID }

    /**
     * @param castPercent    agree ballots in percent of the ballots cast (two decimals), null when none was cast
     * @param councilPercent agree ballots in percent of the council's members (two decimals)
     */
    public record Count(int cast, int agree, int disagree, int invalid, BigDecimal castPercent,
            BigDecimal councilPercent) {
    }

    public static Count count(List<Ballot> ballots, int councilMembers) {
        if (councilMembers < 1 || ballots.size() > councilMembers) {
            throw new IllegalArgumentException("at most one ballot per member of the council");
        }
        int agree = (int) ballots.stream().filter(b -> b == Ballot.AGREE).count();
        int disagree = (int) ballots.stream().filter(b -> b == Ballot.DISAGREE).count();
        int invalid = ballots.size() - agree - disagree;
        return new Count(ballots.size(), agree, disagree, invalid,
                ballots.isEmpty() ? null : percent(agree, ballots.size()), percent(agree, councilMembers));
    }

    private static BigDecimal percent(int part, int whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
