package vn.thituyen.delivery;

/** A candidate's round-1 outcome: sat or not, passed every non-exempt part or not, correct general-knowledge answers. */
public record Round1Outcome(long applicationId, boolean sat, boolean passed, int generalKnowledgeCorrect) {

    /**
     * The outcome where the rule set has no computer round (a leadership exam, Official Letter 2424/BNV-CCVC): not
     * sat, and nothing to pass — the eligible candidate goes on to the written part.
     */
    public static Round1Outcome noComputerRound(long applicationId) {
        return new Round1Outcome(applicationId, false, true, 0);
    }
}
