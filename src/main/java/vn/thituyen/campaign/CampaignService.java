package vn.thituyen.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.domain.Campaign;
import vn.thituyen.campaign.domain.CampaignRepository;
import vn.thituyen.campaign.domain.Position;
import vn.thituyen.campaign.domain.PositionRepository;
import vn.thituyen.common.DomainException;

/** Campaigns and positions: what other modules may read, and the few lifecycle steps. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final PositionRepository positions;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, PositionRepository positions, Clock clock) {
        this.campaigns = campaigns;
        this.positions = positions;
        this.clock = clock;
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public long createCampaign(String code, String name, RuleSet ruleSet, Instant opens, Instant closes) {
        if (!closes.isAfter(opens)) {
            throw new DomainException("error.campaign.window");
        }
        return campaigns.save(new Campaign(code, name, ruleSet, opens, closes, clock.instant())).getId();
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public long addPosition(long campaignId, String code, String name, String agency, int quota) {
        campaigns.findById(campaignId).orElseThrow(() -> new DomainException("error.notFound"));
        return positions.save(new Position(campaignId, code, name, agency, quota)).getId();
    }

    @Transactional(readOnly = true)
    public List<CampaignInfo> campaigns() {
        return campaigns.findAllByOrderByCreatedAtDescIdDesc().stream().map(CampaignService::info).toList();
    }

    /** The campaign shown by default: the most recently created one. */
    @Transactional(readOnly = true)
    public Optional<CampaignInfo> current() {
        return campaigns().stream().findFirst();
    }

    @Transactional(readOnly = true)
    public CampaignInfo campaign(long id) {
        return campaigns.findById(id).map(CampaignService::info).orElseThrow(() -> new DomainException("error.notFound"));
    }

    @Transactional(readOnly = true)
    public Optional<CampaignInfo> byCode(String code) {
        return campaigns.findByCode(code).map(CampaignService::info);
    }

    @Transactional(readOnly = true)
    public List<PositionInfo> positions(long campaignId) {
        return positions.findByCampaignIdOrderByCode(campaignId).stream().map(CampaignService::info).toList();
    }

    @Transactional(readOnly = true)
    public PositionInfo position(long positionId) {
        return positions.findById(positionId).map(CampaignService::info)
                .orElseThrow(() -> new DomainException("error.notFound"));
    }

    @Transactional
    public void markEligibleListPublished(long campaignId) {
        campaigns.findById(campaignId).orElseThrow().markEligibleListPublished(clock.instant());
    }

    /** Approved results lock every score of the campaign against edits. */
    @Transactional
    public void lockResults(long campaignId) {
        campaigns.findById(campaignId).orElseThrow().lockResults(clock.instant());
    }

    /** Refuses any change to exam evidence once results are approved. */
    @Transactional(readOnly = true)
    public void requireResultsOpen(long campaignId) {
        if (campaign(campaignId).resultsLocked()) {
            throw new DomainException("error.results.locked");
        }
    }

    private static CampaignInfo info(Campaign c) {
        return new CampaignInfo(c.getId(), c.getCode(), c.getName(), c.getRuleSet(), c.getRegistrationOpensAt(),
                c.getRegistrationClosesAt(), c.getEligibleListPublishedAt(), c.getResultsLockedAt(), c.getCreatedAt());
    }

    private static PositionInfo info(Position p) {
        return new PositionInfo(p.getId(), p.getCampaignId(), p.getCode(), p.getName(), p.getAgency(), p.getQuota());
    }

    public record CampaignInfo(long id, String code, String name, RuleSet ruleSet, Instant registrationOpensAt,
            Instant registrationClosesAt, Instant eligibleListPublishedAt, Instant resultsLockedAt, Instant createdAt) {

        public boolean registrationOpenAt(Instant now) {
            return !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
        }

        public boolean eligibleListPublished() {
            return eligibleListPublishedAt != null;
        }

        public boolean resultsLocked() {
            return resultsLockedAt != null;
        }
    }

    public record PositionInfo(long id, long campaignId, String code, String name, String agency, int quota) {
    }
}
