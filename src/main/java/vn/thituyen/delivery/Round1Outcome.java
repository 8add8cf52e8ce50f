package vn.thituyen.delivery;

/** A candidate's round-1 outcome: sat or not, passed every non-exempt part or not, correct general-knowledge answers. */
public record Round1Outcome(long applicationId, boolean sat, boolean passed, int generalKnowledgeCorrect) {
}
