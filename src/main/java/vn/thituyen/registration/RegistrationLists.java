package vn.thituyen.registration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thituyen.campaign.CampaignAccess;
import vn.thituyen.campaign.CampaignService;
import vn.thituyen.common.ClockConfiguration;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.ExcelList;
import vn.thituyen.common.ExcelList.Column;
import vn.thituyen.common.Messages;
import vn.thituyen.registration.domain.Candidacy;
import vn.thituyen.registration.domain.CandidacyRepository;
import vn.thituyen.registration.domain.Room;
import vn.thituyen.registration.domain.RoomRepository;

/**
 * The registration lists in Excel as offices exchange them (Vietnamese, the official language of the documents): the
 * applications of a campaign, the published eligible list and, per room, the list candidates sign when they hand in
 * their scripts (danh sách ký nộp bài). Readable by those who see the lists on the review screen (the secretary, an
 * administrator) and only for a campaign they may reach.
 */
@Service
public class RegistrationLists {

    /** The content type of an .xlsx download. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final ZoneId ZONE = ClockConfiguration.ZONE;

    private final CandidacyRepository applications;
    private final RoomRepository rooms;
    private final CampaignService campaigns;
    private final CampaignAccess access;
    private final RegistrationService registration;

    RegistrationLists(CandidacyRepository applications, RoomRepository rooms, CampaignService campaigns,
            CampaignAccess access, RegistrationService registration) {
        this.applications = applications;
        this.rooms = rooms;
        this.campaigns = campaigns;
        this.access = access;
        this.registration = registration;
    }

    /**
     * Every application of the campaign whatever its status, in the order received: SBD (once given), name, date of
     * birth, sex, citizen ID, position, each priority category claimed with its decision, the exemption with its
     * decision, the status, the reason of a rejection, when and how it was received (online, or on paper and by whom).
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] applicationsXlsx(long campaignId) {
        access.require(campaignId);
        CampaignService.CampaignInfo campaign = campaigns.campaign(campaignId);
        Map<Long, String> positions = positionNames(campaignId);
        ExcelList xlsx = new ExcelList();
        ExcelList.Sheet sheet = xlsx.sheet("Hồ sơ đăng ký", List.of("DANH SÁCH HỒ SƠ ĐĂNG KÝ DỰ TUYỂN",
                campaign.name()), List.of(new Column("STT", 6), new Column("SBD", 10), new Column("Họ và tên", 26),
                        new Column("Ngày sinh", 12), new Column("Giới tính", 8), new Column("Số CCCD", 15),
                        new Column("Vị trí dự tuyển", 28), new Column("Đối tượng ưu tiên", 34),
                        new Column("Miễn thi", 24), new Column("Trạng thái", 20), new Column("Lý do", 30),
                        new Column("Ngày nộp", 17, "dd/mm/yyyy hh:mm"), new Column("Hình thức nộp", 20)));
        int stt = 1;
        for (Candidacy a : applications.findByCampaignIdOrderBySubmittedAt(campaignId)) {
            String priorities = a.getPriorityClaims().stream().map(c -> Messages.vi("priority." + c.getCategory())
                    + " (" + Messages.vi("claim." + c.getStatus()) + ")").collect(Collectors.joining("; "));
            String exemption = a.getExemption() == null || a.getExemption() == ApplicationForm.Exemption.NONE ? ""
                    : Messages.vi("exemption." + a.getExemption()) + " (" + Messages.vi("claim."
                            + a.getExemptionStatus()) + ")";
            sheet.row(stt++, a.getCandidateNumber(), a.getFullName(), a.getDateOfBirth(),
                    a.getSex() == null ? null : Messages.vi("sex." + a.getSex()), a.getCitizenId(),
                    positions.get(a.getPositionId()), priorities, exemption, Messages.vi("status." + a.getStatus()),
                    a.getRejectionReason(), a.getSubmittedAt().atZone(ZONE).toLocalDateTime(),
                    a.getEnteredBy() == null ? "Trực tuyến" : "Hồ sơ giấy (" + a.getEnteredBy() + ")");
        }
        return xlsx.bytes();
    }

    /**
     * The published eligible list (danh sách thí sinh đủ điều kiện dự thi) as it stands now, its version named: SBD,
     * name, date of birth, position, room and venue, in candidate-number order. Refused before publication.
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] eligibleListXlsx(long campaignId) {
        access.require(campaignId);
        CampaignService.CampaignInfo campaign = campaigns.campaign(campaignId);
        List<RegistrationService.ListVersion> versions = registration.eligibleListVersions(campaignId);
        if (!campaign.eligibleListPublished() || versions.isEmpty()) {
            throw new DomainException("export.notPublished");
        }
        Map<Long, String> positions = positionNames(campaignId);
        Map<Long, Room> byId = rooms.findByCampaignIdOrderByName(campaignId).stream()
                .collect(Collectors.toMap(Room::getId, Function.identity()));
        ExcelList xlsx = new ExcelList();
        ExcelList.Sheet sheet = xlsx.sheet("Đủ điều kiện", List.of("DANH SÁCH THÍ SINH ĐỦ ĐIỀU KIỆN DỰ THI VÒNG 1",
                campaign.name(), "Phiên bản " + versions.get(versions.size() - 1).version() + " của danh sách"),
                List.of(new Column("STT", 6), new Column("SBD", 10), new Column("Họ và tên", 28),
                        new Column("Ngày sinh", 12), new Column("Vị trí dự tuyển", 32), new Column("Phòng thi", 14),
                        new Column("Địa điểm", 30)));
        int stt = 1;
        for (CandidateInfo c : registration.eligibleCandidates(campaignId)) {
            Room room = c.roomId() == null ? null : byId.get(c.roomId());
            sheet.row(stt++, c.candidateNumber(), c.fullName(), c.dateOfBirth(), positions.get(c.positionId()),
                    room == null ? null : room.getName(), room == null ? null : room.getVenue());
        }
        return xlsx.bytes();
    }

    /**
     * Per room, one sheet for the candidates to sign when they hand in (danh sách ký nộp bài): titled with the room,
     * its venue and when round 1 starts in it; STT, SBD, name, date of birth, then blank cells for the number of pages
     * and the signature, tall enough to sign in, and the invigilators' signatures under the table. Refused before
     * the eligible list is published (nobody is seated yet).
     */
    @Secured({"ROLE_SECRETARY", "ROLE_ADMIN"})
    @Transactional(readOnly = true)
    public byte[] roomSignatureListsXlsx(long campaignId) {
        access.require(campaignId);
        CampaignService.CampaignInfo campaign = campaigns.campaign(campaignId);
        if (!campaign.eligibleListPublished()) {
            throw new DomainException("export.notPublished");
        }
        ExcelList xlsx = new ExcelList();
        List<Room> all = new ArrayList<>(rooms.findByCampaignIdOrderByName(campaignId));
        all.sort(Comparator.comparing(Room::getName));
        int sheets = 0;
        for (Room room : all) {
            List<Candidacy> seated = applications.findByRoomIdOrderByCandidateNumber(room.getId());
            if (seated.isEmpty()) {
                continue;
            }
            List<String> titles = new ArrayList<>(List.of("DANH SÁCH KÝ NỘP BÀI", campaign.name(),
                    "Phòng thi: " + room.getName() + (room.getVenue() == null ? "" : " – Địa điểm: "
                            + room.getVenue())));
            titles.add("Vòng 1" + (room.getStartsAt() == null ? "" : " – bắt đầu lúc "
                    + TIME.format(room.getStartsAt().atZone(ZONE))));
            sheets++;
            ExcelList.Sheet sheet = xlsx.sheet(room.getName(), titles, List.of(new Column("STT", 6),
                    new Column("SBD", 10), new Column("Họ và tên", 28), new Column("Ngày sinh", 12),
                    new Column("Số tờ", 8), new Column("Chữ ký", 18), new Column("Ghi chú", 14)));
            sheet.rowHeight(30);
            int stt = 1;
            for (Candidacy a : seated) {
                sheet.row(stt++, a.getCandidateNumber(), a.getFullName(), a.getDateOfBirth(), null, null, null);
            }
            sheet.rowHeight(0);
            sheet.note("");
            sheet.note("Tổng số thí sinh: " + seated.size() + "; số có mặt: ……; số vắng: ……; số bài nộp: ……");
            sheet.note("");
            sheet.note("CÁN BỘ COI THI 1 (ký, ghi rõ họ tên)                CÁN BỘ COI THI 2 (ký, ghi rõ họ tên)");
        }
        if (sheets == 0) {
            throw new DomainException("export.notPublished");
        }
        return xlsx.bytes();
    }

    private Map<Long, String> positionNames(long campaignId) {
        return campaigns.positions(campaignId).stream().collect(Collectors.toMap(CampaignService.PositionInfo::id,
                p -> p.code() + " – " + p.name()));
    }
}
