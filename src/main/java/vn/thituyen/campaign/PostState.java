package vn.thituyen.campaign;

/** What has been decided about a leadership post's exam. */
public enum PostState {
    /** Applications are being received or reviewed; nothing decided yet. */
    OPEN,
    /** Enough eligible candidates: the exam goes ahead. */
    GO_AHEAD,
    /** Too few eligible candidates: announced again with a new window. */
    REANNOUNCED,
    /** The post's exam is not held (too few candidates, or the agency no longer needs it), with the reason. */
    WITHDRAWN
}
