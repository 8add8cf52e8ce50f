package vn.thituyen.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.campaign.LeadershipPosts;
import vn.thituyen.campaign.PostState;
import vn.thituyen.common.DomainException;
import vn.thituyen.common.FieldErrors;
import vn.thituyen.registration.LeadershipCandidates.CurrentPost;
import vn.thituyen.registration.LeadershipCandidates.MyCandidacy;
import vn.thituyen.registration.domain.StandardsRule;

/**
 * Issue 14, behaviour 1–4: a leadership campaign with two posts; public servants apply naming their managing
 * agency, which uploads its letter and nominates (or declines); the first-appointment rule; each standard of the
 * post decided with evidence and reason; a post with a single eligible candidate cannot go ahead, is re-announced
 * with a new window and then withdrawn, recorded; the other goes ahead and the eligible list is published.
 */
@ApplicationTest
class LeadershipCandidatesTest {

    @Autowired Scenario s;
    @Autowired LeadershipCandidates candidates;
    @Autowired LeadershipPosts posts;
    @Autowired RegistrationService registration;

    private static <T> void refused(String key, Callable<T> action) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static <T> void fieldRefused(String field, String key, Callable<T> action) {
        assertThatThrownBy(action::call).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry(field, key));
    }

    private long rows(String sql, Object... args) {
        return s.jdbc.queryForObject(sql, Long.class, args);
    }

    private void acceptAll(Scenario.Leadership l, long applicationId) {
        s.asUser(l.c().secretary, () -> {
            for (var line : candidates.candidacy(applicationId).standards()) {
                candidates.decideStandard(applicationId, line.standard().id(), true, "Quyết định nâng ngạch số 12/QĐ",
                        null);
            }
            return candidates.conclude(applicationId);
        });
    }

    private void nominate(String agency, long applicationId) {
        s.asUser(agency, () -> {
            candidates.uploadLetter(applicationId, "cong-van-cu.pdf", Scenario.pdf("Công văn cử cán bộ dự thi"));
            candidates.nominate(applicationId);
            return null;
        });
    }

    @Test
    void nominatedCheckedPostByPostAndAPostWithOneCandidateIsReannouncedThenWithdrawn() {
        Scenario.Leadership l = s.newLeadershipCampaign(false);
        Scenario.Campaign c = l.c();
        // the post's checklist is there from the start, in the order the office adjusts
        assertThat(s.asUser(c.secretary, () -> posts.post(l.post1())).orElseThrow().standards()).hasSize(8)
                .first().satisfies(st -> assertThat(st.requirement()).startsWith("Đang giữ ngạch chuyên viên"));
        assertThat(s.asUser(c.secretary, () -> posts.post(l.post1())).orElseThrow().name())
                .isEqualTo("Trưởng phòng Tổ chức cán bộ");

        long an = s.applyForPost(l, l.post1(), "Nguyễn Thị Ánh Tuyết", "Phó Trưởng phòng", "Phòng Tổ chức cán bộ",
                "Sở Y tế", l.agency1Id());
        long cuc = s.applyForPost(l, l.post1(), "Phạm Ngọc Ẩn", "Chuyên viên", "Phòng Nghiệp vụ Y",
                "Bệnh viện Đa khoa tỉnh", l.agency2Id());
        long old = s.applyForPost(l, l.post1(), "Đinh Văn Cao", "Chuyên viên chính", "Phòng Tổ chức cán bộ",
                "Sở Y tế", l.agency1Id());
        long deputy = s.applyForPost(l, l.post2(), "Lê Văn Dũng", "Chuyên viên", "Phòng Kế hoạch – Tài chính",
                "Sở Y tế", l.agency1Id());
        long declined = s.applyForPost(l, l.post2(), "Vũ Thị Hoa", "Chuyên viên", "Văn phòng Sở", "Sở Y tế",
                l.agency1Id());

        // first appointment only: the head of that very division is refused, however the names are written
        s.as("anonymous", vn.thituyen.identity.Role.CANDIDATE, () -> s.identity.signUpCandidate("holder-" + c.tag,
                Scenario.PASSWORD, "Trần Đức Lợi", "loi@example.vn"));
        long before = rows("SELECT COUNT(*) FROM application WHERE campaign_id = ?", c.id);
        for (String[] held : List.of(new String[] {"Trưởng phòng", "Phòng Tổ chức cán bộ", "Sở Y tế"},
                new String[] {"trưởng  phòng", "Tổ chức cán bộ", "sở y tế"})) {
            fieldRefused("currentTitle", "error.leadership.alreadyHolds", () -> s.asUser("holder-" + c.tag,
                    () -> candidates.apply(c.id, s.form(l.post1(), "Trần Đức Lợi"),
                            new CurrentPost(held[0], held[1], held[2], l.agency1Id()))));
        }
        // the head may sit for another post; nobody applies without an agency when outsiders are not admitted
        fieldRefused("managingAgency", "error.nomination.agencyRequired", () -> s.asUser("holder-" + c.tag,
                () -> candidates.apply(c.id, s.form(l.post2(), "Trần Đức Lợi"),
                        new CurrentPost("Trưởng phòng", "Phòng Tổ chức cán bộ", "Sở Y tế", null))));
        assertThat(rows("SELECT COUNT(*) FROM application WHERE campaign_id = ?", c.id)).isEqualTo(before);
        // and the recruitment form is not the way in
        refused("error.leadership.useLeadershipForm", () -> s.asUser("holder-" + c.tag,
                () -> registration.submit(c.id, s.form(l.post1(), "Trần Đức Lợi"))));

        // each agency sees only the people who named it
        assertThat(s.asUser(l.agency2(), candidates::nominees)).extracting(LeadershipCandidates.Nominee::fullName)
                .containsExactly("Phạm Ngọc Ẩn");
        refused("error.notFound", () -> s.asUser(l.agency2(), () -> {
            candidates.uploadLetter(an, "x.pdf", Scenario.pdf("x"));
            return null;
        }));
        // the letter first, and a PDF by its content: a PNG named .pdf is refused and nothing is stored
        refused("error.nomination.letterMissing", () -> s.asUser(l.agency1(), () -> {
            candidates.nominate(an);
            return null;
        }));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        refused("error.nomination.letterNotPdf", () -> s.asUser(l.agency1(), () -> {
            candidates.uploadLetter(an, "cong-van.pdf", png);
            return null;
        }));
        assertThat(rows("SELECT COUNT(*) FROM nomination_letter WHERE application_id = ?", an)).isZero();
        // the board cannot review a nomination still awaited
        refused("error.nomination.awaiting", () -> s.asUser(c.secretary, () -> {
            candidates.decideStandard(an, candidates.candidacy(an).standards().get(0).standard().id(), true, "x",
                    null);
            return null;
        }));
        nominate(l.agency1(), an);
        nominate(l.agency2(), cuc);
        nominate(l.agency1(), old);
        nominate(l.agency1(), deputy);
        s.asUser(l.agency1(), () -> {
            candidates.decline(declined, "Đang trong thời gian xem xét kỷ luật");
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> candidates.candidacy(declined)).rejectionReason())
                .isEqualTo("Cơ quan quản lý không cử dự thi: Đang trong thời gian xem xét kỷ luật");
        assertThat(s.asUser(l.agency1(), () -> candidates.letter(an)).orElseThrow().sha256()).hasSize(64);

        // the board: each standard with evidence; a refusal needs its reason; the plain "accept" is not the way
        refused("error.leadership.useChecklist", () -> s.asUser(c.secretary, () -> {
            registration.accept(an);
            return null;
        }));
        acceptAll(l, an);
        acceptAll(l, cuc);
        acceptAll(l, deputy);
        MyCandidacy oldView = s.asUser(c.secretary, () -> candidates.candidacy(old));
        long age = oldView.standards().stream().filter(x -> x.standard().kind()
                == vn.thituyen.campaign.StandardKind.AGE_AT_APPOINTMENT).findFirst().orElseThrow().standard().id();
        fieldRefused("reason", "validation.required", () -> s.asUser(c.secretary, () -> {
            candidates.decideStandard(old, age, false, "Sinh ngày 02/01/1968", " ");
            return null;
        }));
        refused("error.leadership.standardsUndecided", () -> s.asUser(c.secretary, () -> candidates.conclude(old)));
        s.asUser(c.secretary, () -> {
            for (var line : oldView.standards()) {
                boolean ok = line.standard().id() != age;
                candidates.decideStandard(old, line.standard().id(), ok, ok ? "Hồ sơ cán bộ" : "Sinh ngày 02/01/1968",
                        ok ? null : "Không đủ tuổi công tác trọn một nhiệm kỳ");
            }
            assertThat(candidates.conclude(old)).isEqualTo(StandardsRule.Verdict.NOT_ELIGIBLE);
            return null;
        });
        // the candidate sees every decision and the reason
        MyCandidacy seen = s.asUser(c.candidates.get(2), () -> candidates.mine(c.id)).orElseThrow();
        assertThat(seen.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(seen.rejectionReason()).contains("Tuổi bổ nhiệm lần đầu")
                .contains("Không đủ tuổi công tác trọn một nhiệm kỳ");
        assertThat(seen.standards()).filteredOn(x -> Boolean.FALSE.equals(x.accepted())).singleElement()
                .satisfies(x -> assertThat(x.evidence()).isEqualTo("Sinh ngày 02/01/1968"));
        MyCandidacy mine = s.asUser(c.candidates.get(0), () -> candidates.mine(c.id)).orElseThrow();
        assertThat(mine.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(mine.nomination()).isEqualTo(vn.thituyen.registration.domain.Candidacy.Nomination.NOMINATED);
        assertThat(mine.managingAgency()).isEqualTo("Sở Y tế (" + c.tag + ")");
        assertThat(mine.standards()).allMatch(x -> Boolean.TRUE.equals(x.accepted()));

        // registration closes: post 1 has two eligible candidates, post 2 only one
        s.closeRegistration(c);
        List<LeadershipCandidates.PostCount> counts = s.asUser(c.chair, () -> candidates.postCounts(c.id));
        // listed by code: PTP-KHTC (post 2), then TP-TCCB (post 1)
        assertThat(counts).extracting(x -> x.post().positionId()).containsExactly(l.post2(), l.post1());
        assertThat(counts).extracting(x -> x.eligible()).containsExactly(1, 2);
        assertThat(counts).extracting(x -> x.mayGoAhead()).containsExactly(false, true);
        refused("error.leadership.tooFew", () -> s.asUser(c.chair, () -> {
            candidates.decidePost(l.post2(), PostState.GO_AHEAD, null, null, null);
            return null;
        }));
        refused("error.leadership.postsToDecide", () -> s.asUser(c.secretary, () -> {
            registration.publishEligibleList(c.id);
            return null;
        }));
        LocalDate today = LocalDate.now(s.clock.withZone(vn.thituyen.campaign.CampaignSetupService.ZONE));
        fieldRefused("reason", "validation.required", () -> s.asUser(c.chair, () -> {
            candidates.decidePost(l.post2(), PostState.REANNOUNCED, today, today.plusDays(10), "");
            return null;
        }));
        s.asUser(c.chair, () -> {
            candidates.decidePost(l.post2(), PostState.REANNOUNCED, today, today.plusDays(10),
                    "Chỉ có một thí sinh đủ điều kiện");
            candidates.decidePost(l.post1(), PostState.GO_AHEAD, null, null, null);
            return null;
        });
        // the re-announced post takes applications in its new window; the other does not
        assertThat(posts.acceptsApplications(l.post2(), s.clock.instant())).isTrue();
        assertThat(posts.acceptsApplications(l.post1(), s.clock.instant())).isFalse();
        long late = s.applyForPost(l, l.post2(), "Hoàng Minh Khôi", "Chuyên viên", "Phòng Nghiệp vụ Dược",
                "Sở Y tế", l.agency1Id());
        s.asUser(l.agency1(), () -> {
            candidates.decline(late, "Chưa đủ thời gian công tác");
            return null;
        });
        // still one: the post is withdrawn with the reason, its remaining candidate told why
        s.asUser(c.chair, () -> {
            candidates.decidePost(l.post2(), PostState.WITHDRAWN, null, null,
                    "Sau khi thông báo lại vẫn chỉ có một thí sinh đủ điều kiện");
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> candidates.candidacy(deputy)).rejectionReason())
                .isEqualTo("Không tổ chức thi chức danh này: Sau khi thông báo lại vẫn chỉ có một thí sinh đủ điều kiện");
        assertThat(posts.decisions(l.post2())).extracting(LeadershipPosts.DecisionInfo::decision)
                .containsExactly(PostState.REANNOUNCED, PostState.WITHDRAWN);
        assertThat(rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'PostDecided' AND details LIKE ?",
                "%" + "PTP-KHTC" + "%")).isEqualTo(2);

        // the eligible list: the two of post 1 only
        s.asUser(c.secretary, () -> {
            registration.publishEligibleList(c.id);
            return null;
        });
        assertThat(s.asUser(c.secretary, () -> registration.eligibleCandidates(c.id)))
                .extracting(CandidateInfo::fullName).containsExactlyInAnyOrder("Nguyễn Thị Ánh Tuyết", "Phạm Ngọc Ẩn");
    }

    @Test
    void outsideCandidatesRegisterThemselvesWhereTheCampaignAllows() {
        Scenario.Leadership l = s.newLeadershipCampaign(true);
        long outside = s.applyForPost(l, l.post1(), "Đoàn Thị Mai", null, null, null, null);
        MyCandidacy view = s.asUser(l.c().secretary, () -> candidates.candidacy(outside));
        assertThat(view.nomination()).isEqualTo(vn.thituyen.registration.domain.Candidacy.Nomination.OUTSIDE);
        acceptAll(l, outside);
        assertThat(s.asUser(l.c().secretary, () -> candidates.candidacy(outside)).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }
}
