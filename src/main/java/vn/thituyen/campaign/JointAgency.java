package vn.thituyen.campaign;

/**
 * One agency of a joint position (vị trí việc làm tuyển dụng chung, ND 170/2025/NĐ-CP) as other modules see it: the
 * candidates order these, the results place winners in them.
 */
public record JointAgency(long id, long positionId, String name, int places) {
}
