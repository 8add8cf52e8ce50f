package vn.thituyen.results.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thituyen.campaign.RuleSet;

/**
 * Placing the winners of a joint position (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP; docs/domain.md,
 * Winners item 4): the position is recruited for several agencies of the same authority, each with its own places;
 * each candidate listed the agencies in order of preference (nguyện vọng). Winners are chosen by result, then placed by
 * preference: candidates are served in rank order, each taking the first agency of their list that still has a place.
 * <ul>
 *   <li>The better result wins a contested place: a lower-ranked candidate only gets what is left.</li>
 *   <li>A candidate who passed but whose listed agencies are all full is {@link Status#NOT_PLACED} and is not a
 *       winner (?): ND 170/2025 places winners by their preferences and names no place outside them; the next-ranked
 *       candidate who listed a free agency takes it. So fewer than the quota may be placed, but never more.</li>
 *   <li>Candidates equal on result (the same rank after the tie chain) are served together in rounds: in each round
 *       every one of them still unplaced asks for the first agency of their list with a place left. An agency asked
 *       for by no more of them than it has places gives each a place. An agency asked for by more of them than it has
 *       places is contested: the rule never breaks that tie itself. When the chair's recorded decision names exactly
 *       as many of them as the agency has places left, those take the places and the others go on to their next
 *       preference in the next round; otherwise they are all {@link Status#TIE_PENDING}, the agency's places are held
 *       for them, and every lower-ranked candidate {@link Status#AWAITING_TIE awaits} the decision (where the losers
 *       go next may take the place a lower-ranked candidate would get). A tied candidate placed in an earlier round
 *       keeps that place (?).</li>
 * </ul>
 * Only candidates who passed (ranked, not failed) are given to the rule.
 */
public final class JointPlacementRule {

    private JointPlacementRule() {
    }

    public enum Status {
        /** Placed in {@link Placement#agencyId()}: a winner. */
        PLACED,
        /** Passed, but every agency the candidate listed was full when their turn came: not a winner. */
        NOT_PLACED,
        /** Equal on result with others contesting the last places of {@link Placement#agencyId()}: the chair decides. */
        TIE_PENDING,
        /** Below a contested tie not yet decided: placed once the chair has decided. */
        AWAITING_TIE
    }

    /** An agency of the position and its places (chỉ tiêu). */
    public record Agency(long id, int places) {
    }

    /**
     * A candidate who passed, as the ranking ordered them.
     * @param rank        the rank after the tie chain: equal ranks are equal results
     * @param preferences the agencies in the candidate's order of preference, most wanted first
     */
    public record Seeker(long applicationId, int rank, List<Long> preferences) {

        public Seeker {
            preferences = List.copyOf(preferences);
        }
    }

    /**
     * Where a candidate ends up.
     * @param agencyId the agency placed in (PLACED), or contested (TIE_PENDING); null otherwise
     */
    public record Placement(long applicationId, Status status, Long agencyId) {
    }

    /**
     * @param agencies   the position's agencies with their places
     * @param seekers    the candidates who passed, in any order (served by rank, then as given)
     * @param tieWinners applications the chair decided take a contested place (used only when they fill exactly the
     *                   places the contest is for)
     * @return one placement per seeker, in rank order
     */
    public static List<Placement> place(List<Agency> agencies, List<Seeker> seekers, Set<Long> tieWinners) {
        Map<Long, Integer> free = new LinkedHashMap<>();
        agencies.forEach(a -> free.put(a.id(), a.places()));
        List<Seeker> ordered = new ArrayList<>(seekers);
        ordered.sort(java.util.Comparator.comparingInt(Seeker::rank));
        Map<Long, Placement> out = new LinkedHashMap<>();
        boolean pendingAbove = false;
        int i = 0;
        while (i < ordered.size()) {
            int rank = ordered.get(i).rank();
            List<Seeker> group = new ArrayList<>();
            while (i < ordered.size() && ordered.get(i).rank() == rank) {
                group.add(ordered.get(i++));
            }
            if (pendingAbove) {
                group.forEach(s -> out.put(s.applicationId(), new Placement(s.applicationId(), Status.AWAITING_TIE,
                        null)));
                continue;
            }
            pendingAbove = placeGroup(group, free, tieWinners, out);
        }
        List<Placement> result = new ArrayList<>();
        ordered.forEach(s -> result.add(out.get(s.applicationId())));
        return result;
    }

    /** A result line of a joint position: the ranking's line and the agency it is placed in (or contests). */
    public record Line(RankingRule.Ranked ranked, Long agencyId) {
    }

    /**
     * A joint position's result: every candidate ranked by result under the rule set ({@link RankingRule}, the pass
     * mark and the tie chain, no quota cut: who passes may be placed), then those who passed placed by preference
     * ({@link #place}). Placed → {@code WINNER} with the agency; all listed agencies full → {@code NOT_PLACED}; a
     * contested tie → {@code TIE_PENDING} with the agency contested; below it → {@code AWAITING_TIE}. A candidate
     * who listed no agency is placed nowhere.
     *
     * @param preferences each application's agencies, most wanted first
     */
    public static List<Line> rank(List<RankingRule.Contender> contenders, List<Agency> agencies,
            Map<Long, List<Long>> preferences, Set<Long> tieWinners, RuleSet.Parameters rules) {
        List<RankingRule.Ranked> byResult = RankingRule.rank(contenders, Math.max(contenders.size(), 1), Set.of(),
                rules);
        List<Seeker> seekers = byResult.stream().filter(r -> r.outcome() == RankingRule.Outcome.WINNER)
                .map(r -> new Seeker(r.applicationId(), r.rank(), preferences.getOrDefault(r.applicationId(),
                        List.of()))).toList();
        Map<Long, Placement> placed = new HashMap<>();
        place(agencies, seekers, tieWinners).forEach(p -> placed.put(p.applicationId(), p));
        List<Line> out = new ArrayList<>();
        for (RankingRule.Ranked r : byResult) {
            Placement p = placed.get(r.applicationId());
            if (p == null) {
                out.add(new Line(r, null));
                continue;
            }
            RankingRule.Outcome outcome = switch (p.status()) {
                case PLACED -> RankingRule.Outcome.WINNER;
                case NOT_PLACED -> RankingRule.Outcome.NOT_PLACED;
                case TIE_PENDING -> RankingRule.Outcome.TIE_PENDING;
                case AWAITING_TIE -> RankingRule.Outcome.AWAITING_TIE;
            };
            out.add(new Line(new RankingRule.Ranked(r.applicationId(), r.total(), r.rank(), outcome), p.agencyId()));
        }
        return out;
    }

    /** Serves one group of equal candidates in rounds; true when a contest was left to the chair. */
    private static boolean placeGroup(List<Seeker> group, Map<Long, Integer> free, Set<Long> tieWinners,
            Map<Long, Placement> out) {
        List<Seeker> waiting = new ArrayList<>(group);
        boolean pending = false;
        while (!waiting.isEmpty()) {
            Map<Long, List<Seeker>> asking = new LinkedHashMap<>();
            List<Seeker> next = new ArrayList<>();
            for (Seeker s : waiting) {
                Long wanted = s.preferences().stream().filter(a -> free.getOrDefault(a, 0) > 0).findFirst()
                        .orElse(null);
                if (wanted == null) {
                    out.put(s.applicationId(), new Placement(s.applicationId(), Status.NOT_PLACED, null));
                } else {
                    asking.computeIfAbsent(wanted, k -> new ArrayList<>()).add(s);
                }
            }
            Map<Long, Integer> taken = new HashMap<>();
            for (Map.Entry<Long, List<Seeker>> e : asking.entrySet()) {
                long agency = e.getKey();
                List<Seeker> askers = e.getValue();
                int places = free.get(agency);
                if (askers.size() <= places) {
                    askers.forEach(s -> out.put(s.applicationId(), new Placement(s.applicationId(), Status.PLACED,
                            agency)));
                    taken.put(agency, askers.size());
                    continue;
                }
                List<Seeker> chosen = askers.stream().filter(s -> tieWinners.contains(s.applicationId())).toList();
                if (chosen.size() == places) {
                    for (Seeker s : askers) {
                        if (chosen.contains(s)) {
                            out.put(s.applicationId(), new Placement(s.applicationId(), Status.PLACED, agency));
                        } else {
                            next.add(s);   // lost the contest: their next preference in the next round
                        }
                    }
                } else {
                    askers.forEach(s -> out.put(s.applicationId(), new Placement(s.applicationId(),
                            Status.TIE_PENDING, agency)));
                    pending = true;
                }
                taken.put(agency, places);   // held for the contest while it waits
            }
            taken.forEach((agency, n) -> free.merge(agency, -n, Integer::sum));
            waiting = next;
        }
        return pending;
    }
}
