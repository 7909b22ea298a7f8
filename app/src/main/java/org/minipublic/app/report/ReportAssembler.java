package org.minipublic.app.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.Responses;
import org.minipublic.app.accountability.VerdictFigures;
import org.minipublic.app.accountability.Verdicts;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.evidence.PublicMaterials;
import org.minipublic.app.programme.Speakers;
import org.minipublic.app.report.ReportContent.BallotSection;
import org.minipublic.app.report.ReportContent.CategoryLine;
import org.minipublic.app.report.ReportContent.Composition;
import org.minipublic.app.report.ReportContent.ItemLine;
import org.minipublic.app.report.ReportContent.ResponseLine;
import org.minipublic.app.report.ReportContent.Share;
import org.minipublic.app.report.ReportContent.SpeakerLine;
import org.minipublic.app.report.ReportContent.ValueLine;
import org.minipublic.app.selection.CompositionChart;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.surveys.Coding;
import org.minipublic.app.surveys.SurveyAnalysis;
import org.minipublic.app.surveys.SurveySummary;
import org.minipublic.app.voting.Ballot;
import org.minipublic.app.voting.BallotMethod;
import org.minipublic.app.voting.BallotResult;
import org.minipublic.app.voting.Ballots;
import org.minipublic.app.voting.Results;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Gathers the report's content from the modules that own it, through their facades, in the reader's language. */
@Component
class ReportAssembler {

    private final Assemblies assemblies;
    private final Draws draws;
    private final Speakers speakers;
    private final Ballots ballots;
    private final Results results;
    private final Responses responses;
    private final Verdicts verdicts;
    private final Coding coding;
    private final SurveyAnalysis analysis;
    private final PublicMaterials materials;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    ReportAssembler(
            Assemblies assemblies,
            Draws draws,
            Speakers speakers,
            Ballots ballots,
            Results results,
            Responses responses,
            Verdicts verdicts,
            Coding coding,
            SurveyAnalysis analysis,
            PublicMaterials materials,
            MessageSource messages,
            Clock clock,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.assemblies = assemblies;
        this.draws = draws;
        this.speakers = speakers;
        this.ballots = ballots;
        this.results = results;
        this.responses = responses;
        this.verdicts = verdicts;
        this.coding = coding;
        this.analysis = analysis;
        this.materials = materials;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    ReportContent assemble(Actor actor, AssemblyId assembly, Narrative narrative, int version, Locale locale) {
        var details = assemblies.find(assembly).orElseThrow().details();
        var partners = new ArrayList<String>(details.deliveryPartners());
        partners.addAll(details.recruitmentPartners());
        return new ReportContent(
                details.title(),
                details.question(),
                details.description(),
                details.commissioners(),
                partners,
                details.days().stream().map(AssemblyDay::date).toList(),
                narrative,
                composition(assembly, locale),
                speakers.all(actor, assembly).stream()
                        .filter(s -> s.details().consentToPublish())
                        .map(s -> new SpeakerLine(
                                s.name(),
                                s.details().organisation(),
                                text("programme.perspective." + s.details().perspective(), locale)))
                        .toList(),
                evidence(assembly, locale),
                ballots.all(actor, assembly).stream()
                        .filter(Ballot::isClosed)
                        .map(b -> section(results.count(actor, assembly, b.id()), actor, assembly, locale))
                        .toList(),
                responseLines(actor, assembly, locale),
                coding.reportQuotes(actor, assembly).stream()
                        .map(q -> new ReportContent.QuoteLine(q.survey(), q.question(), q.text()))
                        .toList(),
                feedback(actor, assembly, locale),
                version,
                clock.instant());
    }

    /**
     * The materials organisers made public, in the report's language where one was published, each with its address
     * on the public site (whole, so that it works from the PDF too).
     */
    private List<ReportContent.EvidenceLine> evidence(AssemblyId assembly, Locale locale) {
        return materials.all(assembly, locale.getLanguage()).stream()
                .map(m -> new ReportContent.EvidenceLine(
                        m.title(),
                        m.topic(),
                        text("programme.perspective." + m.perspective(), locale),
                        baseUrl + "/public/assemblies/" + assembly + "/materials/" + m.id()))
                .toList();
    }

    private List<ResponseLine> responseLines(Actor actor, AssemblyId assembly, Locale locale) {
        var figures = verdicts.published(actor, assembly);
        return responses.all(actor, assembly).stream()
                .filter(r -> r.response() != null)
                .map(r -> new ResponseLine(
                        r.title(),
                        text("accountability.response.status." + r.response().status(), locale),
                        r.response().reasoning(),
                        r.response().responsibleBody(),
                        members(figures.get(r.id()), locale)))
                .toList();
    }

    /** The members' verdict as a sentence, or empty when there is none published. */
    private String members(@Nullable VerdictFigures figures, Locale locale) {
        if (figures == null) {
            return "";
        }
        if (!figures.shown()) {
            return messages.getMessage("accountability.verdict.too-few", new Object[] {VerdictFigures.MINIMUM}, locale);
        }
        return messages.getMessage(
                "report.responses.members", new Object[] {figures.median(), figures.mean(), figures.count()}, locale);
    }

    private ReportContent.Feedback feedback(Actor actor, AssemblyId assembly, Locale locale) {
        var trend = analysis.feedback(actor, assembly, locale.toLanguageTag());
        var lines = trend.lines().stream()
                .map(line -> new ReportContent.FeedbackLine(
                        line.prompt(),
                        line.means().stream()
                                .map(m -> m == null ? "–" : String.format(locale, "%.1f", m))
                                .toList()))
                .toList();
        return new ReportContent.Feedback(
                trend.surveys().stream().map(SurveySummary::title).toList(),
                trend.surveys().stream().map(SurveySummary::responses).toList(),
                lines);
    }

    /**
     * The composition of the latest finished draw anyone may see, grouped by category, each with its chart; null
     * before a draw.
     */
    private @Nullable Composition composition(AssemblyId assembly, Locale locale) {
        var published = draws.published(assembly);
        if (published.isEmpty()) {
            return null;
        }
        var draw = published.get(0);
        var rows = draws.composition(assembly, draw.id());
        var categories = new LinkedHashMap<String, List<ValueLine>>();
        for (var row : rows) {
            categories
                    .computeIfAbsent(row.category(), c -> new ArrayList<>())
                    .add(new ValueLine(row.value(), row.selected(), row.min(), row.max(), row.population()));
        }
        var legend = new CompositionPicture.Legend(
                messages.getMessage("selection.chart.panel", null, locale),
                messages.getMessage("selection.chart.target", null, locale),
                messages.getMessage("selection.chart.population", null, locale));
        var charts = CompositionChart.of(rows, draw.panelSize()).categories();
        var lines = new ArrayList<CategoryLine>();
        for (var chart : charts) {
            lines.add(new CategoryLine(
                    chart.category(),
                    List.copyOf(java.util.Objects.requireNonNull(categories.get(chart.category()))),
                    CompositionPicture.dataUri(chart, legend)));
        }
        return new Composition(draw.number(), draw.algorithm(), draw.seed(), draw.panelSize(), lines);
    }

    private BallotSection section(BallotResult count, Actor actor, AssemblyId assembly, Locale locale) {
        var ballot = count.ballot();
        var labels = labels(ballot.method(), locale);
        var statements = results.statements(actor, assembly, ballot.id());
        var items = new ArrayList<ItemLine>();
        for (var result : count.ranked()) {
            var item = ballot.items().get(result.position());
            var shares = new ArrayList<Share>();
            for (int answer = 1; answer < result.counts().size(); answer++) {
                int n = result.counts().get(answer);
                double percent = ballot.votesCast() == 0 ? 0 : Math.round(1000.0 * n / ballot.votesCast()) / 10.0;
                shares.add(new Share(labels.get(answer), n, percent));
            }
            items.add(new ItemLine(
                    item.title(),
                    item.body(),
                    shares,
                    result.meeting(),
                    result.base(),
                    result.percent(),
                    result.adopted(),
                    result.place() > 0,
                    statements.stream()
                            .filter(s -> s.item().equals(item.id()))
                            .map(s -> s.body())
                            .toList()));
        }
        return new BallotSection(
                ballot.title(), rule(ballot.method(), locale), ballot.votesCast(), ballot.eligible(), items);
    }

    private String rule(BallotMethod method, Locale locale) {
        if (method instanceof BallotMethod.SupportLevel s) {
            return messages.getMessage(
                    "voting.rule.SUPPORT",
                    new Object[] {s.labels().size(), s.percent(), s.labels().get(s.atLeast() - 1)},
                    locale);
        }
        if (method instanceof BallotMethod.ApproveReject a) {
            return messages.getMessage(
                    "voting.rule.APPROVE",
                    new Object[] {
                        text(a.moreThan() ? "voting.ballot.more-than" : "voting.ballot.at-least-share", locale),
                        a.percent(),
                        text("voting.base." + a.base(), locale)
                    },
                    locale);
        }
        var p = (BallotMethod.Prioritise) method;
        return messages.getMessage(
                "voting.rule.PRIORITISE", new Object[] {p.topN(), text("voting.count." + p.count(), locale)}, locale);
    }

    /** Each answer's name, indexed by answer; index 0 (no answer) is not shown. */
    private List<String> labels(BallotMethod method, Locale locale) {
        var labels = new ArrayList<String>();
        labels.add("");
        if (method instanceof BallotMethod.SupportLevel s) {
            labels.addAll(s.labels());
        } else if (method instanceof BallotMethod.ApproveReject) {
            for (String key : List.of("for", "against", "abstain")) {
                labels.add(text("voting.answer." + key, locale));
            }
        } else {
            for (int rank = 1; rank <= method.highestAnswer(); rank++) {
                labels.add(messages.getMessage("voting.answer.rank", new Object[] {rank}, locale));
            }
        }
        return labels;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
