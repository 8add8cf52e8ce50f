package vn.thituyen.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.thituyen.campaign.PriorityCategory;
import vn.thituyen.registration.ApplicationForm;
import vn.thituyen.registration.ApplicationStatus;
import vn.thituyen.registration.ClaimStatus;
import vn.thituyen.results.domain.RankingRule;

/** Every visible string comes from the translation files, in Vietnamese and in English. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile(
            "\"((?:app|menu|login|examLogin|signup|field|registration|review|sittings|exam|interview|results|public"
                    + "|pdf|audit|validation|error|import|banks|letterhead|language|action|seal|roomSheet|sanction"
                    + "|question|topics|blueprint|bank|format|export|analysis|itemAnalysis|keyfix|campaign|position|plan|partKind|ruleSet|date|staff|setPassword|role|council|councilRole|relation|criteria)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = load("i18n/messages.properties").stringPropertyNames();
        Set<String> en = load("i18n/messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).isEqualTo(new TreeSet<>(vi));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> vi = load("i18n/messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    if (!k.endsWith(".") && !k.matches(".*\\.(csv|json|pdf|zip)")) {   // file names, not keys
                        used.add(k);
                    }
                }
            }
        }
        for (PriorityCategory p : PriorityCategory.values()) {
            used.add("priority." + p);
        }
        for (RankingRule.Outcome o : RankingRule.Outcome.values()) {
            used.add("outcome." + o);
        }
        Arrays.stream(ApplicationStatus.values()).forEach(s -> used.add("status." + s));
        Arrays.stream(vn.thituyen.campaign.CampaignStatus.values()).forEach(s -> {
            used.add("campaign.status." + s);
            used.add("campaign.status.hint." + s);
        });
        Arrays.stream(vn.thituyen.campaign.LifecycleStep.values()).filter(vn.thituyen.campaign.LifecycleStep::manual)
                .forEach(s -> {
                    used.add("campaign.step." + s);
                    used.add("campaign.step." + s + ".confirm");
                });
        Arrays.stream(vn.thituyen.campaign.CampaignKind.values()).forEach(s -> used.add("campaign.kind." + s));
        Arrays.stream(vn.thituyen.campaign.RuleSet.values()).forEach(s -> used.add("ruleSet." + s));
        Arrays.stream(vn.thituyen.campaign.PartKind.values()).forEach(s -> used.add("partKind." + s));
        Arrays.stream(vn.thituyen.campaign.EducationLevel.values()).forEach(s -> used.add("education." + s));
        Arrays.stream(vn.thituyen.campaign.Language.values()).forEach(s -> used.add("language." + s));
        for (vn.thituyen.campaign.domain.PositionSheet.Column c : vn.thituyen.campaign.domain.PositionSheet.Column
                .values()) {
            if (c.ordinal() < 4) {
                used.add("position.column." + c);
            }
        }
        Arrays.stream(ClaimStatus.values()).forEach(s -> used.add("claim." + s));
        Arrays.stream(ApplicationForm.Sex.values()).forEach(s -> used.add("sex." + s));
        Arrays.stream(ApplicationForm.EducationLevel.values()).forEach(s -> used.add("education." + s));
        Arrays.stream(ApplicationForm.Exemption.values()).forEach(s -> used.add("exemption." + s));
        Arrays.stream(ApplicationForm.ForeignLanguage.values()).forEach(s -> used.add("language." + s));
        // every event the audit log records has a readable name
        Arrays.stream(vn.thituyen.identity.Role.values()).forEach(r -> used.add("role." + r));
        Arrays.stream(vn.thituyen.campaign.CouncilRole.values()).forEach(r -> {
            used.add("councilRole." + r);
            if (r != vn.thituyen.campaign.CouncilRole.MEMBER) {
                used.add("council.gap." + r);
            }
        });
        Arrays.stream(vn.thituyen.campaign.Relation.values()).forEach(r -> used.add("relation." + r));
        Arrays.stream(vn.thituyen.grading.ProposalDefence.CriteriaFrozen.values())
                .forEach(f -> used.add("criteria.frozen." + f));
        for (Class<?> holder : List.of(vn.thituyen.campaign.CampaignEvents.class,
                vn.thituyen.identity.IdentityEvents.class,
                vn.thituyen.registration.RegistrationEvents.class,
                vn.thituyen.delivery.DeliveryEvents.class, vn.thituyen.grading.GradingEvents.class,
                vn.thituyen.grading.ProposalEvents.class,
                vn.thituyen.results.ResultsEvents.class, vn.thituyen.winners.WinnersEvents.class)) {
            for (Class<?> event : holder.getDeclaredClasses()) {
                used.add("audit.event." + event.getSimpleName());
            }
        }
        for (Class<?> holder : List.of(vn.thituyen.questionbank.QuestionBankService.class,
                vn.thituyen.questionbank.BlueprintService.class)) {
            for (Class<?> c : holder.getDeclaredClasses()) {
                if (c.isRecord() && java.util.Arrays.stream(c.getRecordComponents())
                        .anyMatch(rc -> rc.getName().equals("actor")) && !c.getSimpleName().equals("HistoryLine")) {
                    used.add("audit.event." + c.getSimpleName());
                }
            }
        }
        Arrays.stream(vn.thituyen.questionbank.QuestionStatus.values()).forEach(s -> used.add("question.status." + s));
        Arrays.stream(vn.thituyen.questionbank.QuestionType.values()).forEach(s -> used.add("question.type." + s));
        Arrays.stream(vn.thituyen.questionbank.Difficulty.values()).forEach(s -> used.add("question.difficulty." + s));
        Arrays.stream(vn.thituyen.questionbank.TextFormat.values()).forEach(s -> used.add("question.format." + s));
        Arrays.stream(vn.thituyen.questionbank.Subject.values()).forEach(s -> used.add("subject." + s));
        Arrays.stream(vn.thituyen.questionbank.domain.QuestionEvent.Action.values())
                .forEach(s -> used.add("question.action." + s));
        Arrays.stream(vn.thituyen.notices.NoticeKind.values()).forEach(k -> {
            used.add("notice." + k + ".subject");
            used.add("notice." + k + ".body");
        });
        Arrays.stream(vn.thituyen.notices.NoticeState.values()).forEach(s -> used.add("notice.state." + s));
        // the winners' dossiers: checklist items, states, grounds of cancellation and their refusals
        Arrays.stream(vn.thituyen.campaign.RuleSet.DossierItem.values()).forEach(i -> used.add("dossierItem." + i));
        Arrays.stream(vn.thituyen.winners.DossierState.values()).forEach(st -> {
            used.add("dossierState." + st);
            used.add("dossier.mine." + st);
        });
        Arrays.stream(vn.thituyen.winners.CancellationKind.values()).forEach(k -> used.add("cancellationKind." + k));
        Arrays.stream(vn.thituyen.winners.domain.CancellationRule.Refusal.values())
                .forEach(r -> used.add("error.winners." + r));
        Arrays.stream(vn.thituyen.results.domain.RankingRule.Outcome.values()).forEach(o -> used.add("outcome." + o));
        Set<String> missing = new HashSet<>(used);
        missing.removeAll(vi);
        assertThat(missing).as("keys used but not translated").isEmpty();
    }

    @Test
    void vietnameseIsTheDefaultAndParametersAreFilled() {
        assertThat(Messages.get(Locale.forLanguageTag("vi"), "exam.partResult", 31, 60, "Đạt"))
                .isEqualTo("31/60 câu đúng – Đạt");
        assertThat(Messages.get(Locale.GERMAN, "status.ACCEPTED")).isEqualTo("Đủ điều kiện dự thi");
        assertThat(Messages.get(Locale.ENGLISH, "status.ACCEPTED")).isEqualTo("Eligible to sit the exam");
        assertThat(Messages.get(Locale.ENGLISH, "error.board.notMember")).isEqualTo(
                "You are not on this campaign''s board.".replace("''", "'"));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
