package vn.thituyen.publication.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thituyen.common.Messages;
import vn.thituyen.publication.BirthDateShown;
import vn.thituyen.publication.PublicationService;
import vn.thituyen.publication.PublicationService.PublishedResults;

/**
 * Published results for the province's web portal, at stable URLs, no sign-in:
 * {@code /api/public/campaigns}, {@code /api/public/campaigns/{code}/results},
 * {@code /api/public/campaigns/{code}/results.pdf}.
 */
@RestController
@RequestMapping("/api/public/campaigns")
class PublicResultsController {

    private final PublicationService publication;

    PublicResultsController(PublicationService publication) {
        this.publication = publication;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<CampaignJson> campaigns() {
        return publication.campaignsWithPublishedResults().stream()
                .map(c -> new CampaignJson(c.code(), c.name(), "/api/public/campaigns/" + c.code() + "/results",
                        "/api/public/campaigns/" + c.code() + "/results.pdf"))
                .toList();
    }

    @GetMapping(value = "/{code}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> results(@PathVariable String code) {
        return publication.published(code).<ResponseEntity<?>>map(p -> ResponseEntity.ok(json(p)))
                .orElseGet(() -> notFound());
    }

    @GetMapping(value = "/{code}/results.pdf")
    ResponseEntity<?> pdf(@PathVariable String code) {
        return publication.officialPdf(code).<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ket-qua-" + code + ".pdf").build().toString())
                .body(bytes)).orElseGet(() -> notFound());
    }

    /** The published list in Excel, the official list's columns (issue 15 § 8: lists as offices exchange them). */
    @GetMapping(value = "/{code}/results.xlsx")
    ResponseEntity<?> xlsx(@PathVariable String code) {
        return publication.officialXlsx(code).<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ket-qua-" + code + ".xlsx").build().toString())
                .body(bytes)).orElseGet(() -> notFound());
    }

    private static ResponseEntity<Map<String, String>> notFound() {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", Messages.vi("public.notPublished")));
    }

    /** Exactly the columns of the official list (the PDF), no more: a date of birth only as the setting says. */
    private ResultsJson json(PublishedResults p) {
        BirthDateShown birth = publication.birthDateShown();
        boolean leadership = p.campaign().kind().leadership();
        return new ResultsJson(p.campaign().code(), p.campaign().name(), p.campaign().kind().name(),
                p.results().version(), p.results().approvedAt(), p.results().publishedAt(),
                p.results().lines().stream().map(l -> leadership
                        // a leadership exam: the post, part 1 (written), part 2 (the đề án), the final score
                        ? new LineJson(l.candidateNumber(), l.fullName(), birth.json(l.dateOfBirth()),
                                l.positionName(), null, null, null, l.part1Score(), l.round2Score(), l.total(),
                                l.outcome(), Messages.vi("outcome." + l.outcome()), null)
                        : new LineJson(l.candidateNumber(), l.fullName(), birth.json(l.dateOfBirth()),
                                l.positionName(), l.round2Score(), l.priorityPoints(), l.total(), null, null, null,
                                l.outcome(), Messages.vi("outcome." + l.outcome()), l.agency())).toList());
    }

    record CampaignJson(String code, String name, String results, String pdf) {
    }

    /** {@code kind}: CIVIL_SERVANT, PUBLIC_EMPLOYEE or LEADERSHIP (whose lines carry the two parts' scores). */
    record ResultsJson(String campaignCode, String campaignName, String kind, int version, Instant approvedAt,
            Instant publishedAt, List<LineJson> results) {
    }

    /**
     * A line: a recruitment's round 2, priority points and total; a leadership exam's part 1, part 2 and final score
     * (the fields of the other kind left out). {@code agency}: a joint position's agency the winner is placed in.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineJson(String candidateNumber, String fullName, String birthDate, String position,
            BigDecimal round2Score, BigDecimal priorityPoints, BigDecimal total, BigDecimal part1Score,
            BigDecimal part2Score, BigDecimal finalScore, String outcome, String outcomeText, String agency) {
    }
}
