package vn.thituyen.campaign;

/** How a part of an exam is sat (hình thức thi). */
public enum PartKind {
    /** Multiple choice on a computer (trắc nghiệm trên máy vi tính). */
    COMPUTER_MCQ,
    /** Written on paper (thi viết). */
    WRITTEN_PAPER,
    /** Written on a computer (thi viết trên máy tính). */
    WRITTEN_COMPUTER,
    /** Interview (phỏng vấn). */
    INTERVIEW,
    /** Practical (thực hành), public employees only. */
    PRACTICAL,
    /** The đề án of a leadership exam: the candidate's proposal, presented and defended before the council. */
    PROPOSAL;

    /** Written on paper or on a computer: the parts the 70 % written weight applies to. */
    public boolean written() {
        return this == WRITTEN_PAPER || this == WRITTEN_COMPUTER;
    }

    /** The round-2 form the rule sets speak of (a written part is written, on paper or on screen); null for round 1. */
    public RuleSet.Round2Form round2Form() {
        return switch (this) {
            case WRITTEN_PAPER, WRITTEN_COMPUTER -> RuleSet.Round2Form.WRITTEN;
            case INTERVIEW -> RuleSet.Round2Form.INTERVIEW;
            case PRACTICAL -> RuleSet.Round2Form.PRACTICAL;
            case PROPOSAL -> RuleSet.Round2Form.PROPOSAL;
            case COMPUTER_MCQ -> null;
        };
    }
}
