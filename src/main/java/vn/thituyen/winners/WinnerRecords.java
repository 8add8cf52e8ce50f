package vn.thituyen.winners;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.Messages;
import vn.thituyen.registration.CitizenBars;
import vn.thituyen.registration.OwnDossier;
import vn.thituyen.results.CancelledWinners;
import vn.thituyen.winners.WinnersService.ItemCheck;
import vn.thituyen.winners.domain.BarRule;
import vn.thituyen.winners.domain.CitizenBar;
import vn.thituyen.winners.domain.CitizenBarRepository;
import vn.thituyen.winners.domain.DossierCheck;
import vn.thituyen.winners.domain.DossierCheckRepository;
import vn.thituyen.winners.domain.DossierStateRule;
import vn.thituyen.winners.domain.WinnerCancellation;
import vn.thituyen.winners.domain.WinnerCancellationRepository;
import vn.thituyen.winners.domain.WinnerDossier;
import vn.thituyen.winners.domain.WinnerDossierRepository;

/**
 * What the modules below read of the winners (the cancellations for the results, the bars for registration, a
 * winner's own dossier for their page), from the records alone: it uses neither the results nor the registration
 * service, which read it.
 */
@Component
class WinnerRecords implements CancelledWinners, CitizenBars, OwnDossier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int BAR_NOTE_MAX = 400;

    private final WinnerDossierRepository dossiers;
    private final DossierCheckRepository checks;
    private final WinnerCancellationRepository cancellations;
    private final CitizenBarRepository bars;
    private final CampaignService campaigns;
    private final Clock clock;

    WinnerRecords(WinnerDossierRepository dossiers, DossierCheckRepository checks,
            WinnerCancellationRepository cancellations, CitizenBarRepository bars, CampaignService campaigns,
            Clock clock) {
        this.dossiers = dossiers;
        this.checks = checks;
        this.cancellations = cancellations;
        this.bars = bars;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** {@inheritDoc} The reason reads "kind: reason" in Vietnamese, as on the official list. */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> cancelled(long campaignId) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (WinnerCancellation c : cancellations.findByCampaignIdOrderByIdAsc(campaignId)) {
            out.put(c.getApplicationId(), Messages.vi("cancellationKind." + c.getKind()) + ": " + c.getReason());
        }
        return out;
    }

    /** {@inheritDoc} The first bar that covers the campaign ({@link BarRule}), with its campaign, day and reason. */
    @Override
    @Transactional(readOnly = true)
    public Optional<String> barFor(String citizenId, long campaignId) {
        if (citizenId == null || citizenId.isBlank()) {
            return Optional.empty();
        }
        CampaignInfo target = campaigns.campaign(campaignId);
        if (target.kind().leadership()) {
            return Optional.empty();
        }
        LocalDate opensOn = Optional.ofNullable(opensOn(target)).orElse(LocalDate.now(clock));
        for (CitizenBar b : bars.findByCitizenIdOrderByIdAsc(citizenId.strip())) {
            if (b.getCampaignId() == campaignId) {
                continue;
            }
            long between = campaigns.campaigns().stream()
                    .filter(o -> !o.kind().leadership() && o.id() != campaignId && o.id() != b.getCampaignId()
                            && o.registrationOpensAt() != null)
                    .filter(o -> {
                        LocalDate on = opensOn(o);
                        return on.isAfter(b.getBarredOn())
                                && (on.isBefore(opensOn) || on.isEqual(opensOn) && o.id() < campaignId);
                    }).count();
            if (BarRule.applies(b.getBarredOn(), b.getBarCampaigns(), opensOn, (int) between)) {
                String note = Messages.vi("winners.barNote", campaigns.campaign(b.getCampaignId()).code(),
                        DAY.format(b.getBarredOn()), b.getReason());
                return Optional.of(note.length() <= BAR_NOTE_MAX ? note : note.substring(0, BAR_NOTE_MAX - 1) + "…");
            }
        }
        return Optional.empty();
    }

    /** {@inheritDoc} */
    @Override
    @Transactional(readOnly = true)
    public Optional<Dossier> dossier(long applicationId) {
        return dossiers.findByApplicationId(applicationId).map(d -> {
            List<ItemCheck> items = items(d);
            String cancelled = cancellations.findByDossierId(d.getId())
                    .map(c -> Messages.vi("cancellationKind." + c.getKind()) + ": " + c.getReason()).orElse(null);
            return new Dossier(d.getId(), campaigns.position(d.getPositionId()).name(), d.getNoticedOn(),
                    d.getDeadline(), state(d, items).name(),
                    items.stream().map(i -> new Item(i.item(), i.verified(), i.note())).toList(), cancelled);
        });
    }

    List<ItemCheck> items(WinnerDossier d) {
        Map<String, DossierCheck> latest = new LinkedHashMap<>();
        checks.findByDossierIdOrderByIdAsc(d.getId()).forEach(c -> latest.put(c.getItem(), c));
        List<ItemCheck> out = new ArrayList<>();
        for (String item : d.getChecklist()) {
            DossierCheck c = latest.get(item);
            out.add(c == null ? new ItemCheck(item, null, null, null, null)
                    : new ItemCheck(item, c.isVerified(), c.getNote(), c.getCheckedBy(), c.getCheckedAt()));
        }
        return out;
    }

    DossierState state(WinnerDossier d, List<ItemCheck> known) {
        List<ItemCheck> items = known.isEmpty() ? items(d) : known;
        boolean all = items.stream().allMatch(i -> Boolean.TRUE.equals(i.verified()));
        return DossierStateRule.state(cancellations.findByDossierId(d.getId()).isPresent(), all, LocalDate.now(clock),
                d.getDeadline());
    }

    private static LocalDate opensOn(CampaignInfo c) {
        return c.registrationOpensAt() == null ? c.announcedOn()
                : c.registrationOpensAt().atZone(ClockConfiguration.ZONE).toLocalDate();
    }
}
