package vn.thituyen.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thituyen.ApplicationTest;
import vn.thituyen.Scenario;
import vn.thituyen.ViewTestBase;
import vn.thituyen.results.ResultsService;
import vn.thituyen.winners.WinnersScenario;
import vn.thituyen.winners.WinnersService;

/**
 * The winner's dossier on the candidate's page (ND 138/2020/NĐ-CP Art. 17): the deadline, the checklist and the
 * secretary's checks; an upload per item (a disguised file refused next to it, nothing kept); nobody else sees one.
 */
@ApplicationTest
class WinnerDossierPanelTest extends ViewTestBase {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Autowired ResultsService results;
    @Autowired WinnersService winners;

    @Test
    void theWinnerSeesTheChecklistAndTheDeadlineAndUploadsAnItem() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        WinnersService.DossierLine d = s.asUser(p.c().secretary, () -> winners.dossiers(p.c().id)).get(0);
        s.asUser(p.c().secretary, () -> {
            winners.checkItem(d.id(), "JUDICIAL_RECORD", true, null);
            return null;
        });
        signIn(p.c().candidates.get(0));
        navigate("my-application", MyApplicationView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-state")).getText())
                .contains("Anh/Chị đã trúng tuyển vị trí Chuyên viên pháp chế",
                        "hết ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d.deadline()));
        assertThat(_get(Span.class, spec -> spec.withId("dossier-check-JUDICIAL_RECORD")).getText())
                .isEqualTo("Đã đối chiếu, hợp lệ");
        assertThat(_get(Span.class, spec -> spec.withId("dossier-check-DEGREES")).getText())
                .isEqualTo("Chưa đối chiếu");

        // a PNG named .pdf: refused next to its upload, nothing kept
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("dossier-upload-DEGREES")), "bang.pdf", PNG);
        assertThat(_get(Span.class, spec -> spec.withId("dossier-upload-error-DEGREES")).getText()).isNotBlank();
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_document WHERE application_id = ?"
                + " AND purpose = 'DOSSIER'", Integer.class, p.an())).isZero();
        // a real PDF: kept for that item and listed under it
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("dossier-upload-DEGREES")), "bang-dai-hoc.pdf",
                Scenario.pdf("Bằng cử nhân"));
        assertThat(s.jdbc.queryForObject("SELECT COUNT(*) FROM candidate_document WHERE application_id = ?"
                + " AND purpose = 'DOSSIER' AND claim = 'DEGREES'", Integer.class, p.an())).isEqualTo(1);
        assertThat(text(_get(VerticalLayout.class, spec -> spec.withId("dossier-item-DEGREES"))))
                .contains("bang-dai-hoc.pdf");
        assertThat(_find(Anchor.class, spec -> spec.withText("bang-dai-hoc.pdf"))).isNotNull();
    }

    @Test
    void aCandidateWhoDidNotWinSeesNoDossier() {
        WinnersScenario.Published p = WinnersScenario.published(s, results);
        signIn(p.c().candidates.get(1));
        navigate("my-application", MyApplicationView.class);
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("winner-dossier"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("dossier-state"))).isEmpty();
    }
}
