package vn.thituyen.results;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.delivery.DeliveryService;
import vn.thituyen.registration.OwnResults;
import vn.thituyen.registration.OwnResults.Appeal;
import vn.thituyen.registration.OwnResults.Leadership;
import vn.thituyen.registration.OwnResults.Round2Mark;
import vn.thituyen.registration.RegistrationService;

/**
 * A candidate's own result for their page: only their own application, only once the results are published, with
 * round 1 part by part and the lines of the official list.
 */
@Service
class OwnResultsProvider implements OwnResults {

    private final ResultsService results;
    private final RegistrationService registration;
    private final DeliveryService delivery;
    private final vn.thituyen.campaign.CampaignService campaigns;
    private final vn.thituyen.grading.AppealService appeals;

    OwnResultsProvider(ResultsService results, RegistrationService registration, DeliveryService delivery,
            vn.thituyen.campaign.CampaignService campaigns, vn.thituyen.grading.AppealService appeals) {
        this.appeals = appeals;
        this.campaigns = campaigns;
        this.results = results;
        this.registration = registration;
        this.delivery = delivery;
    }

    @Override
    @Secured("ROLE_CANDIDATE")
    @Transactional(readOnly = true)
    public Optional<OwnResult> ownResult(long applicationId) {
        long campaignId = registration.candidate(applicationId).campaignId();
        boolean own = registration.myApplication(campaignId).map(a -> a.id() == applicationId).orElse(false);
        if (!own) {
            return Optional.empty();
        }
        // a leadership exam's line carries part 1, part 2 and the final score (docs/domain.md § Leadership exams)
        boolean leadership = campaigns.campaign(campaignId).kind().leadership();
        return results.published(campaignId).flatMap(set -> set.lines().stream()
                .filter(l -> l.applicationId() == applicationId).findFirst()
                .map(l -> new OwnResult(delivery.round1Parts(applicationId).stream()
                        .map(p -> new Round1Part(p.partNo(), p.subject(), p.exempt(), p.correct(), p.questions(),
                                p.passed())).toList(),
                        l.round1Passed(), l.round2Score(), l.priorityPoints(), l.total(), l.rank(), l.outcome(),
                        leadership ? new Leadership(l.part1Score(), l.round2Score(), l.total()) : null,
                        results.partMarks(set.id(), applicationId).stream()
                                .map(m -> new Round2Mark(m.partNo(), m.kind().name(), m.mark(), m.maxScore(),
                                        m.weightPercent())).toList(),
                        appeal(campaignId), l.agency())));
    }

    /** The window of appeals for the candidate's written papers (AppealRule), or null when none is written. */
    private Appeal appeal(long campaignId) {
        List<vn.thituyen.grading.AppealService.Appealable> papers = appeals.appealable(campaignId).stream()
                .filter(vn.thituyen.grading.AppealService.Appealable::writtenPaper).toList();
        if (papers.isEmpty()) {
            return null;
        }
        return new Appeal(papers.get(0).lastDay(), papers.stream().anyMatch(p -> p.refusal() == null),
                papers.stream().anyMatch(vn.thituyen.grading.AppealService.Appealable::filed));
    }
}
