package vn.thituyen.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.Duty;
import vn.thituyen.campaign.JointAgencies;
import vn.thituyen.campaign.JointAgency;
import vn.thituyen.campaign.RuleSet;
import vn.thituyen.common.DomainException;
import vn.thituyen.identity.CurrentUser;
import vn.thituyen.identity.Role;
import vn.thituyen.registration.domain.AgencyPreference;
import vn.thituyen.registration.domain.AgencyPreferenceRepository;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.PreferenceRule;

/**
 * A candidate's order of preference (nguyện vọng) among a joint position's agencies (vị trí việc làm tuyển dụng
 * chung, ND 170/2025/NĐ-CP), given with the registration form ({@link RegistrationService#submit(long,
 * ApplicationForm, List)}) and versioned with the application: each change is a new version, who and when kept. The
 * candidate and the form reviewers read it; results place the winners by it.
 */
@Service
public class AgencyPreferences {

    private final AgencyPreferenceRepository preferences;
    private final CandidacyRepository applications;
    private final JointAgencies agencies;
    private final CampaignAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgencyPreferences(AgencyPreferenceRepository preferences, CandidacyRepository applications, JointAgencies agencies,
            CampaignAccess access, CurrentUser currentUser, Clock clock) {
        this.preferences = preferences;
        this.applications = applications;
        this.agencies = agencies;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The problem with an order for the position (a message key for field {@code agencies}), or null. */
    String problem(RuleSet ruleSet, Long positionId, List<Long> order) {
        if (positionId == null) {
            return null;
        }
        List<JointAgency> of = agencies.of(positionId);
        if (of.isEmpty()) {
            return null;   // an ordinary position: no order is asked, none kept
        }
        RuleSet.JointPositions joint = ruleSet.parameters().jointPositions();
        int minimum = joint == null ? 1 : joint.minimumPreferences();
        return PreferenceRule.check(order, of.stream().map(JointAgency::id).collect(Collectors.toSet()), minimum);
    }

    /** Keeps the order as a new version when the position is joint and the order changed; checked before. */
    void record(long applicationId, long positionId, List<Long> order) {
        if (agencies.of(positionId).isEmpty()) {
            return;
        }
        var latest = preferences.findTopByApplicationIdOrderByVersionDesc(applicationId);
        if (latest.isPresent() && latest.get().getPositionId() == positionId && latest.get().order().equals(order)) {
            return;   // unchanged: no new version
        }
        int version = latest.map(AgencyPreference::getVersion).orElse(0) + 1;
        Instant now = clock.instant();
        preferences.save(new AgencyPreference(applicationId, version, positionId, List.copyOf(order),
                currentUser.username(), now));
    }

    /** The signed-in candidate's order for their application in the campaign; empty for an ordinary position. */
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public List<JointAgency> mine(long campaignId) {
        return applications.findByCampaignIdAndUserId(campaignId, currentUser.require().userId())
                .map(this::current).orElse(List.of());
    }

    /** An application's order, for those who review the forms and the chair. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public List<JointAgency> of(long applicationId) {
        Candidacy a = applications.findById(applicationId).orElseThrow(() -> new DomainException("error.notFound"));
        access.requireDuty(a.getCampaignId(), currentUser.hasRole(Role.CHAIR) ? Duty.CHAIR_DECISIONS
                : Duty.REVIEW_APPLICATIONS);
        return current(a);
    }

    /**
     * The current order of each application given (module-internal use by results, which place winners by it): agency
     * ids, most wanted first; an application whose order was made for another position than its own is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> orders(Set<Long> applicationIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return out;
        }
        Map<Long, Long> positionOf = new HashMap<>();
        applications.findAllById(applicationIds).forEach(a -> positionOf.put(a.getId(), a.getPositionId()));
        for (AgencyPreference p : preferences.findByApplicationIdInOrderByApplicationIdAscVersionAsc(applicationIds)) {
            if (p.getPositionId().equals(positionOf.get(p.getApplicationId()))) {
                out.put(p.getApplicationId(), p.order());   // versions ascending: the last one stays
            } else {
                out.remove(p.getApplicationId());
            }
        }
        return out;
    }

    private List<JointAgency> current(Candidacy a) {
        Map<Long, JointAgency> byId = agencies.of(a.getPositionId()).stream()
                .collect(Collectors.toMap(JointAgency::id, x -> x));
        if (byId.isEmpty()) {
            return List.of();
        }
        return preferences.findTopByApplicationIdOrderByVersionDesc(a.getId())
                .filter(p -> p.getPositionId().equals(a.getPositionId()))
                .map(p -> p.order().stream().map(byId::get).filter(java.util.Objects::nonNull).toList())
                .orElse(List.of());
    }
}
