package vn.thituyen.questionbank.domain;

/**
 * The bank's pool against the paper drawn from it (TT 6/2020/TT-BNV Art. 19): the approved questions a paper may be
 * drawn from number at least 3 × the questions drawn, for the whole part and for every row of its blueprint; an exam
 * cannot be prepared or opened otherwise. Pure.
 */
public final class PoolRule {

    /** TT 6/2020/TT-BNV Art. 19: at least 3 × the questions drawn. */
    public static final int FACTOR = 3;

    private PoolRule() {
    }

    /** The questions a pool must hold for {@code drawn} to be drawn from it. */
    public static long required(int drawn) {
        if (drawn < 0) {
            throw new IllegalArgumentException("drawn >= 0");
        }
        return (long) FACTOR * drawn;
    }

    /** Whether a pool of {@code pool} approved questions may give {@code drawn}. */
    public static boolean covers(long pool, int drawn) {
        return pool >= required(drawn);
    }
}
