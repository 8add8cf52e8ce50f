package vn.thituyen.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignCandidates;
import vn.thituyen.registration.domain.Application;
import vn.thituyen.registration.domain.ApplicationRepository;

/** The campaign module's view of who applied, for the council's conflict-of-interest check. */
@Component
class RegisteredCandidates implements CampaignCandidates {

    private final ApplicationRepository applications;

    RegisteredCandidates(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> byCitizenId(long campaignId) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Application a : applications.findByCampaignIdOrderBySubmittedAt(campaignId)) {
            if (a.getStatus() != ApplicationStatus.WITHDRAWN) {
                out.put(a.getCitizenId(), a.getFullName());
            }
        }
        return out;
    }
}
