package vn.thituyen.publication;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.audit.AuditLog;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.campaign.CampaignService.CampaignInfo;
import vn.thituyen.common.FreeText;
import vn.thituyen.common.Letterhead;
import vn.thituyen.common.Messages;
import vn.thituyen.publication.domain.ResultListPdf;
import vn.thituyen.publication.domain.Setting;
import vn.thituyen.publication.domain.SettingRepository;
import vn.thituyen.results.ResultsService;
import vn.thituyen.results.ResultsService.ResultSetView;

/** Public results: the page, the JSON for the province portal and the official PDF. Published sets only. */
@Service
public class PublicationService {

    static final String PARENT = "authority.parent";
    static final String NAME = "authority.name";
    static final String PLACE = "authority.place";
    static final String BIRTH_DATE = "publicList.birthDate";

    private final ResultsService results;
    private final CampaignService campaigns;
    private final SettingRepository settings;
    private final Clock clock;
    private final AuditLog audit;
    private final vn.thituyen.campaign.CouncilService councils;
    private final vn.thituyen.identity.IdentityService identity;
    private final LetterheadSettings letterheads;

    PublicationService(ResultsService results, CampaignService campaigns, SettingRepository settings, Clock clock,
            AuditLog audit, vn.thituyen.campaign.CouncilService councils, vn.thituyen.identity.IdentityService identity,
            LetterheadSettings letterheads) {
        this.letterheads = letterheads;
        this.audit = audit;
        this.councils = councils;
        this.identity = identity;
        this.results = results;
        this.campaigns = campaigns;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CampaignInfo> campaignsWithPublishedResults() {
        return campaigns.campaigns().stream().filter(c -> results.published(c.id()).isPresent()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedResults> published(String campaignCode) {
        return campaigns.byCode(campaignCode)
                .flatMap(c -> results.published(c.id()).map(r -> new PublishedResults(c, r)));
    }

    /** One page of the campaign's published list, for the public page. */
    public List<vn.thituyen.results.ResultsService.ResultLine> publishedLines(long campaignId, int page,
            int pageSize) {
        return results.publishedLines(campaignId, page, pageSize);
    }

    public long countPublishedLines(long campaignId) {
        return results.countPublishedLines(campaignId);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> officialPdf(String campaignCode) {
        return published(campaignCode).map(p -> ResultListPdf.render(letterheadFor(p.campaign()), p.campaign().name(),
                p.results(),
                LocalDate.ofInstant(p.results().publishedAt(), clock.getZone()), birthDateShown(),
                Messages.vi("pdf.auditCheckpoint", audit.checkpoint().text()),
                p.results().approvedBy() == null ? null : identity.findByUsername(p.results().approvedBy())
                        .map(vn.thituyen.identity.IdentityService.AccountSummary::fullName)
                        .orElse(p.results().approvedBy()),
                councils.chairName(p.campaign().id()).orElse(null), p.campaign().kind().leadership()));
    }

    /**
     * The published list in Excel (.xlsx), for anyone: exactly the official list's columns (the date of birth only as
     * the setting says: a date, the year as a number, or no column), scores as numbers, under the campaign's name, the
     * version and the number of the publishing document. Empty while nothing is published.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> officialXlsx(String campaignCode) {
        return published(campaignCode).map(p -> {
            BirthDateShown birth = birthDateShown();
            boolean leadership = p.campaign().kind().leadership();
            List<String> headers = new java.util.ArrayList<>(List.of("pdf.col.no", "pdf.col.number",
                    "pdf.col.name"));
            if (birth != BirthDateShown.NONE) {
                headers.add("pdf.col.dob");
            }
            headers.addAll(leadership ? List.of("pdf.col.post", "pdf.col.part1", "pdf.col.part2", "pdf.col.final")
                    : List.of("pdf.col.position", "pdf.col.round2", "pdf.col.priority", "pdf.col.total"));
            headers.add("pdf.col.outcome");
            List<vn.thituyen.common.ExcelList.Column> columns = headers.stream().map(h ->
                    new vn.thituyen.common.ExcelList.Column(Messages.vi(h), switch (h) {
                        case "pdf.col.no" -> 6;
                        case "pdf.col.name", "pdf.col.outcome" -> 26;
                        case "pdf.col.position", "pdf.col.post" -> 32;
                        default -> 12;
                    })).toList();
            ResultSetView r = p.results();
            vn.thituyen.common.ExcelList xlsx = new vn.thituyen.common.ExcelList();
            vn.thituyen.common.ExcelList.Sheet sheet = xlsx.sheet("Kết quả", List.of(letterheadFor(p.campaign())
                    .authority(), "KẾT QUẢ TUYỂN DỤNG", p.campaign().name(), (r.documentNumber() == null ? ""
                            : "Số: " + r.documentNumber() + "; ") + "phiên bản " + r.version() + ", công bố ngày "
                            + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                    .format(r.publishedAt().atZone(clock.getZone()))), columns);
            int stt = 1;
            for (var l : r.lines()) {
                List<Object> row = new java.util.ArrayList<>();
                row.add(stt++);
                row.add(l.candidateNumber());
                row.add(l.fullName());
                if (birth == BirthDateShown.FULL) {
                    row.add(l.dateOfBirth());
                } else if (birth == BirthDateShown.YEAR) {
                    row.add(l.dateOfBirth() == null ? null : l.dateOfBirth().getYear());
                }
                row.add(l.positionName());
                row.add(leadership ? l.part1Score() : l.round2Score());
                row.add(leadership ? l.round2Score() : l.priorityPoints());
                row.add(l.total());
                row.add(Messages.vi("outcome." + l.outcome()));
                sheet.row(row.toArray());
            }
            return xlsx.bytes();
        });
    }

    /** How much of the date of birth the published list shows (PDF, public page and JSON alike). */
    @Transactional(readOnly = true)
    public BirthDateShown birthDateShown() {
        String v = value(BIRTH_DATE, BirthDateShown.NONE.name());
        try {
            return BirthDateShown.valueOf(v);
        } catch (IllegalArgumentException unknown) {
            return BirthDateShown.NONE;
        }
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void updateBirthDateShown(BirthDateShown shown) {
        saveSetting(BIRTH_DATE, (shown == null ? BirthDateShown.NONE : shown).name());
    }

    @Transactional(readOnly = true)
    public Letterhead letterhead() {
        return letterheads.settings();
    }

    /**
     * The letterhead of a campaign's documents: the campaign's recruiting authority where it names one (the authority
     * is data: provinces merge, agencies are renamed), otherwise the settings.
     */
    @Transactional(readOnly = true)
    public Letterhead letterheadFor(CampaignInfo campaign) {
        return letterheads.forAuthority(campaign.authority());
    }

    @Secured("ROLE_ADMIN")
    @Transactional
    public void updateLetterhead(Letterhead l) {
        saveSetting(PARENT, l.parentAuthority());
        saveSetting(NAME, l.authority());
        saveSetting(PLACE, l.place());
    }

    /** Used by the demo data loader as well as by administrators. */
    @Transactional
    public void saveSetting(String key, String value) {
        FreeText.require(key, value, 200);
        Setting s = settings.findById(key).orElseGet(() -> new Setting(key, value));
        s.setValue(value.trim());
        settings.save(s);
    }

    private String value(String key, String fallback) {
        return settings.findById(key).map(Setting::getValue).orElse(fallback);
    }

    public record PublishedResults(CampaignInfo campaign, ResultSetView results) {
    }
}
