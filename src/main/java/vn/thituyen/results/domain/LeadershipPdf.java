package vn.thituyen.results.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import vn.thituyen.common.Letterhead;
import vn.thituyen.common.Messages;
import vn.thituyen.common.Numbers;
import vn.thituyen.common.PdfFonts;
import vn.thituyen.common.PdfParts;
import vn.thituyen.results.domain.LeadershipResultRule.Settings;
import vn.thituyen.results.domain.LeadershipResultRule.Standing;
import vn.thituyen.results.domain.LeadershipResultRule.Verdict;

/**
 * The official papers of a leadership exam (thi tuyển lãnh đạo, quản lý cấp phòng; Official Letter 2424/BNV-CCVC of
 * 2017 and the province's own regulation; docs/domain.md § Leadership exams), in Vietnamese whatever the reader's
 * language, embedded DejaVu fonts:
 * <ul>
 * <li>the minutes of part 1, the written exam (biên bản tổng hợp kết quả phần thi viết), of one post;</li>
 * <li>the summary of the đề án ballots (bảng tổng hợp phiếu chấm đề án), of one post;</li>
 * <li>the minutes of the result (biên bản kết quả thi tuyển), of one post;</li>
 * <li>the report to the appointing authority (báo cáo kết quả thi tuyển), every post of the campaign.</li>
 * </ul>
 * Plain records in, bytes out: the caller has already applied {@link LeadershipResultRule} and the board's spread
 * rule; these papers say what was decided (part 1's gate is read through the rule itself, so the minutes cannot
 * disagree with it).
 */
public final class LeadershipPdf {

    private static final float MARGIN = 40;

    private LeadershipPdf() {
    }

    /**
     * A managerial post: its title (Trưởng phòng), its division (Phòng Tổ chức cán bộ) and its agency (Sở Y tế),
     * printed "Trưởng phòng Tổ chức cán bộ, Sở Y tế".
     */
    public record Post(String title, String division, String agency) {
    }

    /** A seat on the exam council (hội đồng thi tuyển). */
    public enum CouncilRole { CHAIR, VICE_CHAIR, SECRETARY, MEMBER }

    /** A member of the council, who signs the minutes. */
    public record Member(String fullName, CouncilRole role) {
    }

    // ---------------------------------------------------------------- part 1: the written exam

    /**
     * One candidate's written paper: the two markers' marks (null when not shown) and the mark after their
     * reconciliation (null when there is none: {@code absent}, or not marked yet).
     */
    public record WrittenMark(String candidateNumber, String fullName, BigDecimal firstMarker,
            BigDecimal secondMarker, BigDecimal mark, boolean absent) {
    }

    /**
     * Biên bản tổng hợp kết quả phần thi viết of one post.
     * @param documentNumber the minutes' number, or null (left for the clerk)
     * @param chair          the council chair's full name, under the signature
     * @param secretary      the council secretary's full name, under the signature
     */
    public record Part1Minutes(Letterhead letterhead, String documentNumber, LocalDate date, String campaignName,
            Post post, Settings settings, List<WrittenMark> candidates, String chair, String secretary) {
    }

    // ---------------------------------------------------------------- part 2: the đề án

    /** A criterion of the đề án ballot and its weight: the points it carries on the 100-point ballot. */
    public record Criterion(String name, BigDecimal weight) {
    }

    /** How a candidate's part-2 score was reached: the spread rule's three bands. */
    public enum Band {
        /** Spread within the mean's band: the members' mean. */
        MEAN,
        /** Larger spread: the board head conferred and decided. */
        BOARD_HEAD_DECIDED,
        /** Spread at or above the chair's band: the council chair decided. */
        CHAIR_DECIDED
    }

    /**
     * The confidence vote on a candidate (phiếu tín nhiệm), as counted by the grading module's rule.
     * @param percent agree ballots in percent of the ballots cast
     */
    public record Confidence(int agree, int cast, BigDecimal percent) {
    }

    /**
     * One candidate's ballots.
     * @param ballots    each member's ballot total, in the order of {@link Part2Summary#members()}; null where a
     *                   member cast none
     * @param score      the part-2 score: the mean, or the decided score; null while a decision is awaited
     * @param reason     why the head or the chair decided that score (null for the mean)
     * @param confidence the confidence vote, or null when the campaign holds none
     */
    public record Ballots(String fullName, List<BigDecimal> ballots, BigDecimal spread, Band band,
            BigDecimal score, String reason, Confidence confidence) {
    }

    /**
     * Bảng tổng hợp phiếu chấm đề án of one post.
     * @param members      the members who scored, in ballot order
     * @param membersNamed whether the members' names head their columns; otherwise "Thành viên 1, 2, …"
     * @param meanUpTo     the spread up to which the score is the mean
     * @param chairFrom    the spread from which the council chair decides, or null when the head decides all
     */
    public record Part2Summary(Letterhead letterhead, LocalDate date, String campaignName, Post post,
            List<Criterion> criteria, List<String> members, boolean membersNamed, BigDecimal meanUpTo,
            BigDecimal chairFrom, List<Ballots> candidates, String chair, String secretary) {
    }

    // ---------------------------------------------------------------- the result

    /** A candidate's line, as {@link LeadershipResultRule#line} gave it; {@code id} is the rule's candidate id. */
    public record Entry(long id, String fullName, BigDecimal part1, BigDecimal part2, Standing standing,
            BigDecimal finalScore) {
    }

    /** The council's recorded choice among candidates tied for the top: who recorded it, and why. */
    public record CouncilDecision(String decidedBy, String reason) {
    }

    /**
     * The post's verdict, as {@link LeadershipResultRule#decide} gave it.
     * @param winner   the winner's id (WINNER), else null
     * @param tied     the candidates tied for the top (empty when there was no tie)
     * @param decision the council's decision when it chose the winner among the tied, else null
     */
    public record Outcome(Verdict verdict, Long winner, Set<Long> tied, CouncilDecision decision) {

        /** The rule's result, with the council's decision when it chose among the tied. */
        public static Outcome of(LeadershipResultRule.Result result, CouncilDecision decision) {
            return new Outcome(result.verdict(), result.winner(), result.tied(), decision);
        }
    }

    /** Biên bản kết quả thi tuyển of one post, signed by the council's members. */
    public record ResultMinutes(Letterhead letterhead, String documentNumber, LocalDate date, String campaignName,
            Post post, Settings settings, List<Entry> entries, Outcome outcome, List<Member> council) {
    }

    /** One post in the report: held (its lines and outcome) or withdrawn (the reason, nothing else). */
    public record ReportPost(Post post, String withdrawnReason, List<Entry> entries, Outcome outcome) {

        public static ReportPost held(Post post, List<Entry> entries, Outcome outcome) {
            return new ReportPost(post, null, entries, outcome);
        }

        public static ReportPost withdrawn(Post post, String reason) {
            return new ReportPost(post, reason, List.of(), null);
        }

        public boolean isWithdrawn() {
            return withdrawnReason != null;
        }
    }

    /**
     * Báo cáo kết quả thi tuyển to the appointing authority.
     * @param documentNumber e.g. "15/BC-HĐTT", or null to leave the number for the clerk
     * @param chair          the council chair's full name
     */
    public record Report(Letterhead letterhead, String documentNumber, LocalDate date, String campaignName,
            String appointingAuthority, Settings settings, List<ReportPost> posts, String chair) {
    }

    // ================================================================ the papers

    /** Biên bản tổng hợp kết quả phần thi viết: each candidate's mark, in or out at the gate. */
    public static byte[] part1Minutes(Part1Minutes m, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(out, PageSize.A4, footer, "leadership.pdf.part1.subtitle");
        doc.add(letterhead(m.letterhead(), m.documentNumber(), m.date(), true));
        titles(doc, "leadership.pdf.minutes", Messages.vi("leadership.pdf.part1.subtitle"));
        about(doc, m.campaignName(), m.post());
        doc.add(body(Messages.vi("leadership.pdf.part1.intro", m.letterhead().place(), m.date().getDayOfMonth(),
                m.date().getMonthValue(), String.valueOf(m.date().getYear()))));
        doc.add(body(Messages.vi("leadership.pdf.part1.gate", score(m.settings().gate()))));

        PdfPTable table = table(new float[] {6, 10, 26, 10, 10, 10, 28}, "pdf.col.no", "pdf.col.number",
                "pdf.col.name", "leadership.pdf.col.marker1", "leadership.pdf.col.marker2",
                "leadership.pdf.col.part1", "leadership.pdf.col.standing");
        table.setSpacingBefore(6);
        Font f = PdfFonts.regular(10);
        int passed = 0;
        int failed = 0;
        for (int i = 0; i < m.candidates().size(); i++) {
            WrittenMark w = m.candidates().get(i);
            Standing s = LeadershipResultRule.line(new LeadershipResultRule.Candidate(i, w.mark(), null),
                    m.settings()).standing();
            String verdict;
            if (w.absent()) {
                verdict = Messages.vi("leadership.pdf.part1.absent");
                failed++;
            } else if (s == Standing.AWAITING_PART2) {
                verdict = Messages.vi("leadership.pdf.part1.passed");
                passed++;
            } else if (s == Standing.OUT_AT_PART1) {
                verdict = Messages.vi("leadership.pdf.part1.failed", score(m.settings().gate()));
                failed++;
            } else {
                verdict = Messages.vi("leadership.pdf.standing.AWAITING_PART1");
            }
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(w.candidateNumber(), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(w.fullName(), f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(scoreOrDash(w.firstMarker()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(scoreOrDash(w.secondMarker()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(scoreOrDash(w.mark()), PdfFonts.bold(10), Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(verdict, f, Element.ALIGN_LEFT));
        }
        doc.add(table);
        doc.add(body(Messages.vi("leadership.pdf.part1.summary", m.candidates().size(), passed, failed)));
        signatures(doc, List.of(body(Messages.vi("leadership.pdf.minutesClosed"))),
                List.of(new Member(m.secretary(), CouncilRole.SECRETARY),
                new Member(m.chair(), CouncilRole.CHAIR)));
        doc.close();
        return out.toByteArray();
    }

    /** Bảng tổng hợp phiếu chấm đề án: the criteria, every member's ballot total, the spread, the score. */
    public static byte[] part2Summary(Part2Summary s, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(out, PageSize.A4.rotate(), footer, "leadership.pdf.part2.title");
        doc.add(letterhead(s.letterhead(), null, s.date(), false));
        titles(doc, "leadership.pdf.part2.title", Messages.vi("leadership.pdf.part2.subtitle"));
        about(doc, s.campaignName(), s.post());

        doc.add(heading(Messages.vi("leadership.pdf.part2.criteria")));
        PdfPTable criteria = table(new float[] {5, 60, 15}, "pdf.col.no", "leadership.pdf.col.criterion",
                "leadership.pdf.col.weight");
        criteria.setWidthPercentage(70);
        criteria.setHorizontalAlignment(Element.ALIGN_LEFT);
        Font f = PdfFonts.regular(10);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < s.criteria().size(); i++) {
            Criterion c = s.criteria().get(i);
            criteria.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            criteria.addCell(PdfParts.cell(c.name(), f, Element.ALIGN_LEFT));
            criteria.addCell(PdfParts.cell(score(c.weight()), f, Element.ALIGN_CENTER));
            total = total.add(c.weight());
        }
        criteria.addCell(PdfParts.cell("", f, Element.ALIGN_CENTER));
        criteria.addCell(PdfParts.cell(Messages.vi("leadership.pdf.total"), PdfFonts.bold(10), Element.ALIGN_LEFT));
        criteria.addCell(PdfParts.cell(score(total), PdfFonts.bold(10), Element.ALIGN_CENTER));
        doc.add(criteria);

        doc.add(heading(Messages.vi("leadership.pdf.part2.ballots")));
        int n = s.members().size();
        float[] widths = new float[n + 6];
        widths[0] = 4;
        widths[1] = 15;
        java.util.Arrays.fill(widths, 2, n + 2, 7);
        widths[n + 2] = 6;
        widths[n + 3] = 16;
        widths[n + 4] = 6;
        widths[n + 5] = 9;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        Font head = PdfFonts.bold(9);
        table.addCell(spanned(Messages.vi("pdf.col.no"), head, 1, 2));
        table.addCell(spanned(Messages.vi("pdf.col.name"), head, 1, 2));
        table.addCell(spanned(Messages.vi("leadership.pdf.part2.membersScores"), head, n, 1));
        table.addCell(spanned(Messages.vi("leadership.pdf.col.spread"), head, 1, 2));
        table.addCell(spanned(Messages.vi("leadership.pdf.col.band"), head, 1, 2));
        table.addCell(spanned(Messages.vi("leadership.pdf.col.part2"), head, 1, 2));
        table.addCell(spanned(Messages.vi("leadership.pdf.col.confidence"), head, 1, 2));
        for (int i = 0; i < n; i++) {
            table.addCell(PdfParts.cell(s.membersNamed() ? s.members().get(i)
                    : Messages.vi("leadership.pdf.part2.member", i + 1), PdfFonts.bold(8), Element.ALIGN_CENTER));
        }
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < s.candidates().size(); i++) {
            Ballots b = s.candidates().get(i);
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(b.fullName(), f, Element.ALIGN_LEFT));
            for (int k = 0; k < n; k++) {
                BigDecimal ballot = k < b.ballots().size() ? b.ballots().get(k) : null;
                table.addCell(PdfParts.cell(scoreOrDash(ballot), f, Element.ALIGN_CENTER));
            }
            table.addCell(PdfParts.cell(scoreOrDash(b.spread()), f, Element.ALIGN_CENTER));
            String band = b.band() == null ? dash()
                    : Messages.vi("leadership.pdf.band." + b.band())
                    + (b.band() != Band.MEAN && b.score() == null ? " " + Messages.vi("leadership.pdf.band.pending")
                            : "");
            table.addCell(PdfParts.cell(band, f, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(scoreOrDash(b.score()), PdfFonts.bold(10), Element.ALIGN_CENTER));
            Confidence c = b.confidence();
            table.addCell(PdfParts.cell(c == null ? dash()
                    : Messages.vi("leadership.pdf.confidence", c.agree(), c.cast(), scoreOrDash(c.percent())),
                    f, Element.ALIGN_CENTER));
            if (b.band() != null && b.band() != Band.MEAN && b.reason() != null && !b.reason().isBlank()) {
                reasons.add(Messages.vi("leadership.pdf.part2.reason", b.fullName(),
                        Messages.vi("leadership.pdf.band." + b.band()), scoreOrDash(b.score()), b.reason()));
            }
        }
        doc.add(table);
        List<Paragraph> notes = new ArrayList<>();
        notes.add(italic(Messages.vi("leadership.pdf.part2.rule", score(s.meanUpTo()))
                + (s.chairFrom() == null ? "" : " " + Messages.vi("leadership.pdf.part2.ruleChair",
                        score(s.chairFrom())))));
        if (!s.membersNamed()) {
            notes.add(italic(Messages.vi("leadership.pdf.part2.unnamed")));
        }
        // the notes stay under the table they explain; the reasons (or the last note) go with the signatures
        List<Element> closing = new ArrayList<>();
        if (reasons.isEmpty()) {
            closing.add(notes.removeLast());
        } else {
            closing.add(heading(Messages.vi("leadership.pdf.part2.reasons")));
            for (String r : reasons) {
                Paragraph line = new Paragraph("– " + r, PdfFonts.regular(10));
                line.setIndentationLeft(24);
                closing.add(line);
            }
        }
        notes.forEach(doc::add);
        signatures(doc, closing, List.of(new Member(s.secretary(), CouncilRole.SECRETARY),
                new Member(s.chair(), CouncilRole.CHAIR)));
        doc.close();
        return out.toByteArray();
    }

    /** Biên bản kết quả thi tuyển of one post: every candidate's parts and final score, the verdict, the council. */
    public static byte[] resultMinutes(ResultMinutes r, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(out, PageSize.A4, footer, "leadership.pdf.result.subtitle");
        doc.add(letterhead(r.letterhead(), r.documentNumber(), r.date(), true));
        titles(doc, "leadership.pdf.minutes", Messages.vi("leadership.pdf.result.subtitle"));
        about(doc, r.campaignName(), r.post());
        doc.add(body(Messages.vi("leadership.pdf.result.intro", r.letterhead().place(), r.date().getDayOfMonth(),
                r.date().getMonthValue(), String.valueOf(r.date().getYear()))));
        doc.add(body(Messages.vi("leadership.pdf.result.combination", combination(r.settings()))));
        doc.add(body(Messages.vi("leadership.pdf.result.winningRule", score(r.settings().winningFinal()))));
        doc.add(entries(r.entries(), r.outcome(), r.settings()));
        Paragraph conclusion = new Paragraph(Messages.vi("leadership.pdf.conclusion"), PdfFonts.bold(11));
        conclusion.setSpacingBefore(8);
        doc.add(conclusion);
        Paragraph verdict = new Paragraph(verdict(r.entries(), r.outcome(), r.settings()), PdfFonts.bold(11));
        verdict.setSpacingAfter(3);
        doc.add(verdict);
        decisionNote(doc, r.outcome());
        signatures(doc, List.of(body(Messages.vi("leadership.pdf.minutesClosed"))), r.council());
        doc.close();
        return out.toByteArray();
    }

    /** Báo cáo kết quả thi tuyển to the appointing authority: each post, its winner or none, the proposal. */
    public static byte[] report(Report r, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = open(out, PageSize.A4, footer, "leadership.pdf.report.subtitle");
        doc.add(letterhead(r.letterhead(), r.documentNumber(), r.date(),
                r.documentNumber() == null ? Messages.vi("leadership.pdf.report.numberBlank") : null, true));
        titles(doc, "leadership.pdf.report.title", Messages.vi("leadership.pdf.report.subtitle"));
        Paragraph to = new Paragraph(Messages.vi("leadership.pdf.report.to", r.appointingAuthority()),
                PdfFonts.regular(11));
        to.setAlignment(Element.ALIGN_CENTER);
        to.setSpacingAfter(8);
        doc.add(to);
        doc.add(body(Messages.vi("leadership.pdf.report.intro", r.campaignName())));
        doc.add(body(Messages.vi("leadership.pdf.result.combination", combination(r.settings()))));

        List<String> appointments = new ArrayList<>();
        for (int i = 0; i < r.posts().size(); i++) {
            ReportPost p = r.posts().get(i);
            doc.add(heading(Messages.vi("leadership.pdf.report.section", i + 1, post(p.post()))));
            if (p.isWithdrawn()) {
                doc.add(body(Messages.vi("leadership.pdf.report.withdrawn", p.withdrawnReason())));
                continue;
            }
            doc.add(body(Messages.vi("leadership.pdf.report.candidates", p.entries().size())));
            doc.add(entries(p.entries(), p.outcome(), r.settings()));
            Paragraph verdict = new Paragraph(verdict(p.entries(), p.outcome(), r.settings()), PdfFonts.bold(11));
            verdict.setSpacingBefore(4);
            doc.add(verdict);
            decisionNote(doc, p.outcome());
            if (p.outcome().verdict() == Verdict.WINNER) {
                Entry w = entry(p.entries(), p.outcome().winner());
                appointments.add(Messages.vi("leadership.pdf.report.appoint", w.fullName(), post(p.post())));
            }
        }
        List<Element> closing = new ArrayList<>();
        Paragraph proposal = new Paragraph(appointments.isEmpty()
                ? Messages.vi("leadership.pdf.report.noAppointment")
                : Messages.vi("leadership.pdf.report.proposal", r.appointingAuthority()), PdfFonts.regular(11));
        proposal.setSpacingBefore(10);
        proposal.setFirstLineIndent(24);
        closing.add(proposal);
        for (String a : appointments) {
            Paragraph line = new Paragraph("– " + a, PdfFonts.bold(11));
            line.setIndentationLeft(24);
            closing.add(line);
        }
        closing.add(body(Messages.vi("leadership.pdf.report.closing")));
        together(doc, closing, List.of(recipientsAndChair(r.chair())));
        doc.close();
        return out.toByteArray();
    }

    // ================================================================ shared pieces

    private static Document open(ByteArrayOutputStream out, Rectangle page, String footer, String titleKey) {
        // a landscape summary keeps its signatures on the page: less paper above and below
        float vertical = page.getWidth() > page.getHeight() ? 28 : MARGIN;
        Document doc = new Document(page, MARGIN, MARGIN, vertical, vertical);
        PdfParts.footer(PdfWriter.getInstance(doc, out), footer);
        doc.addTitle(Messages.vi(titleKey));
        doc.addCreator("ThiTuyen");
        doc.open();
        return doc;
    }

    private static PdfPTable letterhead(Letterhead head, String documentNumber, LocalDate date, boolean portrait) {
        return letterhead(head, documentNumber, date, null, portrait);
    }

    /**
     * The authority and the national motto side by side, each underlined by a short rule as Decree 30/2020/NĐ-CP
     * lays out an administrative paper (the parent authority plain, the issuing one bold), then the paper's number
     * and its place and date.
     */
    private static PdfPTable letterhead(Letterhead head, String documentNumber, LocalDate date, String blankNumber,
            boolean portrait) {
        // at 10 points a portrait page's half holds the motto's line and a province's long names
        float size = portrait ? 10 : 11;
        PdfPTable top = new PdfPTable(new float[] {49, 51});
        top.setWidthPercentage(100);
        PdfPCell authority = PdfParts.borderless("", PdfFonts.regular(size), Element.ALIGN_CENTER);
        if (head.parentAuthority() != null && !head.parentAuthority().isBlank()) {
            authority.addElement(centered(head.parentAuthority(), PdfFonts.regular(size)));
        }
        authority.addElement(centered(head.authority(), PdfFonts.bold(size)));
        authority.addElement(rule(30));
        top.addCell(authority);
        PdfPCell nation = PdfParts.borderless("", PdfFonts.regular(size), Element.ALIGN_CENTER);
        nation.addElement(centered(Messages.vi("pdf.nation"), PdfFonts.bold(size)));
        nation.addElement(centered(Messages.vi("pdf.motto"), PdfFonts.bold(size)));
        nation.addElement(rule(52));
        top.addCell(nation);
        String number = documentNumber != null ? Messages.vi("pdf.documentNumber", documentNumber)
                : blankNumber != null ? blankNumber : "";
        top.addCell(PdfParts.borderless(number, PdfFonts.regular(10), Element.ALIGN_CENTER));
        top.addCell(PdfParts.borderless(Messages.vi("pdf.dateLine", head.place(), date.getDayOfMonth(), date.getMonthValue(),
                String.valueOf(date.getYear())), PdfFonts.italic(10), Element.ALIGN_CENTER));
        return top;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    /** The short rule under the authority and under the motto, {@code percent} of the column wide. */
    private static Paragraph rule(float percent) {
        Paragraph p = new Paragraph(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        p.setLeading(6);
        p.setSpacingAfter(4);
        return p;
    }

    private static void titles(Document doc, String titleKey, String subtitle) {
        Paragraph title = new Paragraph(Messages.vi(titleKey), PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(16);
        doc.add(title);
        Paragraph sub = new Paragraph(subtitle, PdfFonts.bold(12));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        doc.add(sub);
    }

    /** The campaign and the post the paper is about. */
    private static void about(Document doc, String campaignName, Post post) {
        Paragraph campaign = new Paragraph(Messages.vi("leadership.pdf.campaign", campaignName), PdfFonts.regular(11));
        campaign.setAlignment(Element.ALIGN_CENTER);
        doc.add(campaign);
        Paragraph p = new Paragraph(Messages.vi("leadership.pdf.post", post(post)), PdfFonts.bold(11));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(10);
        doc.add(p);
    }

    /** The candidates of a post with both parts, the final score and where each stands. */
    private static PdfPTable entries(List<Entry> entries, Outcome outcome, Settings settings) {
        PdfPTable table = table(new float[] {6, 27, 10, 10, 10, 37}, "pdf.col.no", "pdf.col.name",
                "leadership.pdf.col.part1", "leadership.pdf.col.part2", "leadership.pdf.col.final",
                "leadership.pdf.col.standing");
        table.setSpacingBefore(6);
        Font f = PdfFonts.regular(10);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean winner = outcome.winner() != null && outcome.winner() == e.id();
            Font strong = winner ? PdfFonts.bold(10) : f;
            table.addCell(PdfParts.cell(String.valueOf(i + 1), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(e.fullName(), strong, Element.ALIGN_LEFT));
            table.addCell(PdfParts.cell(scoreOrDash(e.part1()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(scoreOrDash(e.part2()), f, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(scoreOrDash(e.finalScore()), strong, Element.ALIGN_CENTER));
            table.addCell(PdfParts.cell(standing(e, outcome, settings), strong, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static String standing(Entry e, Outcome outcome, Settings settings) {
        if (e.standing() != Standing.SCORED) {
            return Messages.vi("leadership.pdf.standing." + e.standing(), score(settings.gate()));
        }
        if (outcome.winner() != null && outcome.winner() == e.id()) {
            return Messages.vi(outcome.decision() != null ? "leadership.pdf.standing.winnerByCouncil"
                    : "leadership.pdf.standing.winner");
        }
        if (outcome.verdict() == Verdict.COUNCIL_DECIDES && outcome.tied().contains(e.id())) {
            return Messages.vi("leadership.pdf.standing.tied");
        }
        if (e.finalScore() != null && e.finalScore().compareTo(settings.winningFinal()) < 0) {
            return Messages.vi("leadership.pdf.standing.belowMark", score(settings.winningFinal()));
        }
        return Messages.vi("leadership.pdf.standing.notSelected");
    }

    /** The verdict said plainly, one sentence. */
    private static String verdict(List<Entry> entries, Outcome outcome, Settings settings) {
        return switch (outcome.verdict()) {
            case WINNER -> {
                Entry w = entry(entries, outcome.winner());
                if (outcome.decision() == null) {
                    yield Messages.vi("leadership.pdf.verdict.WINNER", w.fullName(), score(w.finalScore()));
                }
                yield Messages.vi("leadership.pdf.verdict.council", names(entries, outcome.tied()),
                        score(w.finalScore()), w.fullName());
            }
            case NO_WINNER -> Messages.vi("leadership.pdf.verdict.NO_WINNER", score(settings.winningFinal()));
            case COUNCIL_DECIDES -> Messages.vi("leadership.pdf.verdict.COUNCIL_DECIDES",
                    names(entries, outcome.tied()),
                    score(entries.stream().filter(e -> outcome.tied().contains(e.id())).findFirst()
                            .map(Entry::finalScore).orElse(null)));
            case INCOMPLETE -> Messages.vi("leadership.pdf.verdict.INCOMPLETE");
        };
    }

    /** Who recorded the council's choice among the tied and why, under the verdict; nothing otherwise. */
    private static void decisionNote(Document doc, Outcome outcome) {
        if (outcome.verdict() == Verdict.WINNER && outcome.decision() != null) {
            doc.add(body(Messages.vi("leadership.pdf.verdict.councilWhy", outcome.decision().decidedBy(),
                    outcome.decision().reason())));
        }
    }

    /** The combination setting in words. */
    private static String combination(Settings s) {
        return Messages.vi("leadership.pdf.combination." + s.combination(), score(s.gate()), s.part1Weight(),
                100 - s.part1Weight());
    }

    private static Entry entry(List<Entry> entries, Long id) {
        return entries.stream().filter(e -> id != null && e.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the winner is not among the post's candidates"));
    }

    /** "A và B", "A, B và C": the tied, in the order of the lines. */
    private static String names(List<Entry> entries, Set<Long> ids) {
        List<String> names = entries.stream().filter(e -> ids.contains(e.id())).map(Entry::fullName).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + Messages.vi("leadership.pdf.and") + " "
                + names.getLast();
    }

    /**
     * The post as Vietnamese writes it: the title's last words and the division's first words merge when they are
     * the same ("Trưởng phòng" + "Phòng Tổ chức cán bộ" → "Trưởng phòng Tổ chức cán bộ"; "Chánh Văn phòng" +
     * "Văn phòng Sở" → "Chánh Văn phòng Sở"), then the agency.
     */
    static String post(Post p) {
        String title = p.title() == null ? "" : p.title().strip();
        String division = p.division() == null ? "" : p.division().strip();
        String[] t = title.isEmpty() ? new String[0] : title.split("\\s+");
        String[] d = division.isEmpty() ? new String[0] : division.split("\\s+");
        Locale vi = Messages.VIETNAMESE;
        int overlap = 0;
        for (int k = Math.min(t.length, d.length); k > 0; k--) {
            boolean same = true;
            for (int j = 0; j < k && same; j++) {
                same = t[t.length - k + j].toLowerCase(vi).equals(d[j].toLowerCase(vi));
            }
            if (same) {
                overlap = k;
                break;
            }
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(d, overlap, d.length));
        String head = rest.isEmpty() ? title : title.isEmpty() ? rest : title + " " + rest;
        return p.agency() == null || p.agency().isBlank() ? head
                : Messages.vi("leadership.pdf.postAt", head, p.agency().strip());
    }

    /**
     * The signatures, three to a row (two when four sign): the caption by the seat and the hint (through
     * {@link PdfParts#signatures}), then the full name under the room left for the handwriting. The paper's last
     * lines ({@code lead}) go with them, so a page never holds signatures alone and a caption is never parted from
     * its name.
     */
    private static void signatures(Document doc, List<? extends Element> lead, List<Member> signers) {
        List<PdfPTable> rows = new ArrayList<>();
        int perRow = signers.size() == 4 ? 2 : 3;
        for (int from = 0; from < signers.size(); from += perRow) {
            List<Member> row = signers.subList(from, Math.min(signers.size(), from + perRow));
            List<String> captions = row.stream().map(m -> Messages.vi("leadership.pdf.role." + m.role())).toList();
            PdfPTable sign = PdfParts.signatures(captions, Messages.vi("roomSheet.signHint"), 0);
            for (Member m : row) {
                PdfPCell name = PdfParts.borderless(m.fullName() == null ? "" : m.fullName(), PdfFonts.bold(11),
                        Element.ALIGN_CENTER);
                name.setPaddingTop(44);
                sign.addCell(name);
            }
            rows.add(sign);
        }
        together(doc, lead, rows);
    }

    /** The lines and the tables under them as one block, moved whole to the next page when it does not fit. */
    private static void together(Document doc, List<? extends Element> lead, List<PdfPTable> tail) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        for (Element e : lead) {
            PdfPCell c = PdfParts.borderless("", PdfFonts.regular(10), Element.ALIGN_LEFT);
            c.setPadding(0);
            c.addElement(e);
            block.addCell(c);
        }
        for (int i = 0; i < tail.size(); i++) {
            PdfPCell c = new PdfPCell(tail.get(i));
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            c.setPaddingTop(i == 0 ? 14 : 10);
            block.addCell(c);
        }
        block.setKeepTogether(true);
        doc.add(block);
    }

    /** "Nơi nhận" on the left, the chair's signature on the right, as an official report ends. */
    private static PdfPTable recipientsAndChair(String chair) {
        PdfPTable foot = new PdfPTable(new float[] {50, 50});
        foot.setWidthPercentage(100);
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.addElement(new Paragraph(Messages.vi("leadership.pdf.report.recipients"), PdfFonts.bold(10)));
        left.addElement(new Paragraph(Messages.vi("leadership.pdf.report.recipientList"), PdfFonts.regular(9)));
        foot.addCell(left);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        Paragraph caption = new Paragraph(Messages.vi("leadership.pdf.report.signature"), PdfFonts.bold(11));
        caption.setAlignment(Element.ALIGN_CENTER);
        right.addElement(caption);
        Paragraph name = new Paragraph(chair == null ? "" : chair, PdfFonts.bold(11));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingBefore(58);
        right.addElement(name);
        foot.addCell(right);
        return foot;
    }

    /** A full-width table whose first row, repeated on every page, holds the columns' headings (message keys). */
    private static PdfPTable table(float[] widths, String... headingKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = PdfFonts.bold(9);
        for (String h : headingKeys) {
            PdfPCell c = PdfParts.cell(Messages.vi(h), head, Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(c);
        }
        return table;
    }

    private static PdfPCell spanned(String text, Font font, int columns, int rows) {
        PdfPCell c = PdfParts.cell(text, font, Element.ALIGN_CENTER);
        c.setColspan(columns);
        c.setRowspan(rows);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, PdfFonts.bold(11));
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph body(String text) {
        Paragraph p = new Paragraph(text, PdfFonts.regular(11));
        p.setFirstLineIndent(24);
        p.setSpacingAfter(3);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private static Paragraph italic(String text) {
        Paragraph p = new Paragraph(text, PdfFonts.italic(9));
        p.setSpacingBefore(3);
        return p;
    }

    /** An official paper is Vietnamese: decimal comma, 72,5. */
    private static String score(BigDecimal v) {
        return Numbers.scoreVi(v);
    }

    private static String scoreOrDash(BigDecimal v) {
        return v == null ? dash() : score(v);
    }

    private static String dash() {
        return Messages.vi("leadership.pdf.none");
    }


}
