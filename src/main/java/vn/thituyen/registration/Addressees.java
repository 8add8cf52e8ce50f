package vn.thituyen.registration;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.common.DomainException;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.Room;
import vn.thituyen.registration.domain.RoomRepository;

/**
 * Whom a notice to a candidate goes to (người nhận thông báo): the account, the email address given on the form and
 * what the notice says about the application. Read by the notices module inside the transaction of the event.
 */
@Service
public class Addressees {

    private final CandidacyRepository applications;
    private final RoomRepository rooms;

    Addressees(CandidacyRepository applications, RoomRepository rooms) {
        this.applications = applications;
        this.rooms = rooms;
    }

    /**
     * One application as a notice needs it; {@code email} may be blank (the inbox still has the notice),
     * {@code roomName}, {@code venue}, {@code startsAt} are set once the eligible list placed the candidate.
     */
    public record Addressee(long applicationId, long campaignId, long userId, long positionId, String fullName,
            String email, ApplicationStatus status, String rejectionReason, String candidateNumber, String roomName,
            String venue, Instant startsAt) {
    }

    @Transactional(readOnly = true)
    public Addressee of(long applicationId) {
        return addressee(applications.findById(applicationId)
                .orElseThrow(() -> new DomainException("error.notFound")));
    }

    /** Every accepted application of the campaign (the eligible list), by candidate number. */
    @Transactional(readOnly = true)
    public List<Addressee> accepted(long campaignId) {
        // the campaign's rooms read once, not once per candidate
        java.util.Map<Long, Room> byId = new java.util.HashMap<>();
        rooms.findByCampaignIdOrderByName(campaignId).forEach(r -> byId.put(r.getId(), r));
        return applications.findByCampaignIdAndStatus(campaignId, ApplicationStatus.ACCEPTED).stream()
                .map(a -> addressee(a, a.getRoomId() == null ? null : byId.get(a.getRoomId())))
                .sorted(java.util.Comparator.comparing(Addressee::candidateNumber,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private Addressee addressee(Candidacy a) {
        return addressee(a, a.getRoomId() == null ? null : rooms.findById(a.getRoomId()).orElse(null));
    }

    private static Addressee addressee(Candidacy a, Room room) {
        return new Addressee(a.getId(), a.getCampaignId(), a.getUserId(), a.getPositionId(), a.getFullName(),
                a.getEmail(), a.getStatus(), a.getRejectionReason(), a.getCandidateNumber(),
                room == null ? null : room.getName(), room == null ? null : room.getVenue(),
                room == null ? null : room.getStartsAt());
    }
}
