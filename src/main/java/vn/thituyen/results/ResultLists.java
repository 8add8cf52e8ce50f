package vn.thituyen.results;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ExcelList;
import vn.thituyen.common.ExcelList.Column;
import vn.thituyen.common.Messages;
import vn.thituyen.results.ResultsService.ResultLine;
import vn.thituyen.results.ResultsService.ResultSetView;

/**
 * A result list in Excel for the council's staff (the secretary, the chair, administrators; those who read it on the
 * results screen): one version of the list — the latest, whatever its state, or the one published — with its state,
 * who computed, approved and published it, and per line the position, SBD, name, date of birth, the round scores,
 * the priority points, the total, the rank and the outcome. Scores are numbers in the sheet.
 */
@Service
public class ResultLists {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ClockConfiguration.ZONE);

    private final ResultsService results;
    private final CampaignService campaigns;

    ResultLists(ResultsService results, CampaignService campaigns) {
        this.results = results;
        this.campaigns = campaigns;
    }

    /** The latest version of the campaign's list (a draft too); refused while none is computed. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] latestXlsx(long campaignId) {
        // ResultsService.latest checks the caller may reach the campaign
        return xlsx(results.latest(campaignId).orElseThrow(() -> new DomainException("export.noResults")));
    }

    /** The version published (what the public reads), for the staff; refused while nothing is published. */
    @Secured({"ROLE_SECRETARY", "ROLE_CHAIR", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] publishedXlsx(long campaignId) {
        results.latest(campaignId); // the same access check as the screen's
        return xlsx(results.published(campaignId).orElseThrow(() -> new DomainException("export.noResults")));
    }

    private byte[] xlsx(ResultSetView set) {
        CampaignService.CampaignInfo campaign = campaigns.campaign(set.campaignId());
        boolean leadership = campaign.kind().leadership();
        List<String> titles = new ArrayList<>(List.of("KẾT QUẢ TUYỂN DỤNG", campaign.name(),
                "Phiên bản " + set.version() + " – " + Messages.vi("resultStatus." + set.status())
                        + "; tính lúc " + STAMP.format(set.computedAt()) + " (" + set.computedBy() + ")"
                        + (set.approvedBy() == null ? "" : "; phê duyệt lúc " + STAMP.format(set.approvedAt())
                                + " (" + set.approvedBy() + ")")
                        + (set.publishedBy() == null ? "" : "; công bố lúc " + STAMP.format(set.publishedAt())
                                + (set.documentNumber() == null ? "" : ", văn bản số " + set.documentNumber()))));
        List<Column> columns = new ArrayList<>(List.of(new Column("STT", 6),
                new Column(leadership ? "Chức danh" : "Vị trí dự tuyển", 30), new Column("SBD", 10),
                new Column("Họ và tên", 26), new Column("Ngày sinh", 12)));
        if (leadership) {
            columns.addAll(List.of(new Column("Phần 1 (viết)", 10), new Column("Phần 2 (đề án)", 10),
                    new Column("Điểm cuối cùng", 10)));
        } else {
            columns.addAll(List.of(new Column("Vòng 1", 11), new Column("Điểm vòng 2", 10),
                    new Column("Điểm ưu tiên", 10), new Column("Tổng điểm", 10)));
        }
        columns.addAll(List.of(new Column("Thứ hạng", 8), new Column("Kết quả", 24)));
        ExcelList xlsx = new ExcelList();
        ExcelList.Sheet sheet = xlsx.sheet("Kết quả", titles, columns);
        int stt = 1;
        for (ResultLine l : set.lines()) {
            List<Object> row = new ArrayList<>();
            row.add(stt++);
            row.add(l.positionName());
            row.add(l.candidateNumber());
            row.add(l.fullName());
            row.add(l.dateOfBirth());
            if (leadership) {
                row.add(l.part1Score());
                row.add(l.round2Score());
                row.add(l.total());
            } else {
                row.add(Messages.vi(l.round1Passed() ? "exam.passed" : "exam.failed"));
                row.add(l.round2Score());
                row.add(l.priorityPoints());
                row.add(l.total());
            }
            row.add(l.rank());
            row.add(Messages.vi("outcome." + l.outcome()));
            sheet.row(row.toArray());
        }
        return xlsx.bytes();
    }
}
