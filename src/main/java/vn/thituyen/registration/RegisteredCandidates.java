package vn.thituyen.registration;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignCandidates;
import vn.thituyen.registration.domain.CandidacyRepository;

/** The campaign module's view of who applied, for the conflict-of-interest checks of council, boards and rooms. */
@Component
class RegisteredCandidates implements CampaignCandidates {

    private final CandidacyRepository applications;

    RegisteredCandidates(CandidacyRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long campaignId) {
        return applications.findByCampaignIdOrderBySubmittedAt(campaignId).stream()
                .filter(a -> a.getStatus() != ApplicationStatus.WITHDRAWN)
                .map(a -> new Candidate(a.getId(), a.getCitizenId(), a.getFullName(), a.getPositionId(), a.getRoomId()))
                .toList();
    }
}
