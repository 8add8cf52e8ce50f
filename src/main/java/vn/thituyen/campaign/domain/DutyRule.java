package vn.thituyen.campaign.domain;

import java.util.Collection;
import vn.thituyen.campaign.BoardKind;
import vn.thituyen.campaign.CouncilRole;
import vn.thituyen.campaign.Duty;

/**
 * Which seats carry which duty (ND 138/2020/NĐ-CP Art. 7: the council decides and its chair signs; the
 * member-secretary prepares the council's documents and lists; the form-review board checks the applications):
 * <ul>
 * <li>reviewing applications: the council's member-secretary or a member of the form-review board;</li>
 * <li>publishing the eligible list and computing and publishing results: the member-secretary;</li>
 * <li>the chair's decisions (approving results, ties, escalated scores, late starts): the chair, or the vice-chair
 * standing in;</li>
 * <li>composing the papers (blueprints, sample papers with keys): the question board (ban đề thi, TT 6/2020/TT-BNV
 * Art. 19), and the chair or vice-chair who approves the papers.</li>
 * </ul>
 */
public final class DutyRule {

    private DutyRule() {
    }

    public static boolean allows(Duty duty, Collection<CouncilRole> council, Collection<BoardKind> boards) {
        return switch (duty) {
            case REVIEW_APPLICATIONS -> council.contains(CouncilRole.SECRETARY)
                    || boards.contains(BoardKind.FORM_REVIEW);
            case PUBLISH_ELIGIBLE_LIST, RESULTS -> council.contains(CouncilRole.SECRETARY);
            case CHAIR_DECISIONS -> council.contains(CouncilRole.CHAIR) || council.contains(CouncilRole.VICE_CHAIR);
            case COMPOSE_PAPERS -> boards.contains(BoardKind.QUESTIONS) || council.contains(CouncilRole.CHAIR)
                    || council.contains(CouncilRole.VICE_CHAIR);
        };
    }
}
