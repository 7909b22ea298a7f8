package org.minipublic.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minipublic.app.deliberation.DraftComments;
import org.minipublic.app.deliberation.DraftMerges;
import org.minipublic.app.deliberation.DraftStatus;
import org.minipublic.app.deliberation.DraftText;
import org.minipublic.app.deliberation.Drafts;
import org.minipublic.app.deliberation.PortalDraftEntries;
import org.minipublic.app.deliberation.Review;
import org.minipublic.app.deliberation.Reviews;
import org.minipublic.app.deliberation.Theme;
import org.minipublic.app.deliberation.ThemeId;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The themes the Waltham Forest assembly worked on, and drafts from the second weekend's tables: some changed after
 * discussion (so their history shows what changed and why), one final, one withdrawn. The organiser-made final vote
 * (DemoBallots) stands for where these drafts end up. A professional review round is open, with the police's and the
 * advisory board's comments on the stop and search draft. Two tables' drafts on being seen in the community were
 * merged into one, which has a table's comment and the organiser's. A member, with the card printed for the first
 * weekend, commented on the merged draft and proposed an amendment to the stop and search draft on the portal.
 */
@Component
@Profile("demo")
class DemoDrafts {

    static final List<String> THEMES = List.of(
            "Recruitment",
            "Training",
            "Accountability",
            "Victim support",
            "Youth engagement",
            "Partnerships",
            "Communication",
            "Visibility");

    private final Drafts drafts;
    private final Reviews reviews;
    private final DraftMerges merges;
    private final DraftComments comments;
    private final PortalDraftEntries entries;
    private final PortalCards cards;
    private final Clock clock;

    DemoDrafts(
            Drafts drafts,
            Reviews reviews,
            DraftMerges merges,
            DraftComments comments,
            PortalDraftEntries entries,
            PortalCards cards,
            Clock clock) {
        this.drafts = drafts;
        this.reviews = reviews;
        this.merges = merges;
        this.comments = comments;
        this.entries = entries;
        this.cards = cards;
        this.clock = clock;
    }

    /** The themes and drafts; then a review round open for two weeks, with the police's and the board's comments. */
    void load(AssemblyId assembly, Actor organiser, Actor facilitator, Actor officer, Actor board) {
        if (!drafts.themes(organiser, assembly).isEmpty()) {
            return;
        }
        load(assembly, organiser, facilitator);
        reviews.openRound(organiser, assembly, LocalDate.now(clock).plusWeeks(2));
        var stops = drafts.all(organiser, assembly).stream()
                .filter(d -> d.current().text().title().startsWith("Publish stop and search"))
                .findFirst()
                .orElseThrow();
        reviews.comment(
                officer,
                assembly,
                stops.id(),
                Review.Kind.FEASIBILITY,
                "Ward figures can be published each quarter from the next financial year; monthly is not possible"
                        + " with current systems.");
        reviews.comment(
                board,
                assembly,
                stops.id(),
                Review.Kind.LEGAL,
                "In wards with very few stops, figures must be grouped so that nobody can be identified.");
    }

    /**
     * A member's comment and amendment on the portal, with the first printed card that still works (the banner's
     * member has a newer one). Only when cards were printed at this start, as the drafts are then new too.
     */
    void fromMembers(AssemblyId assembly, Actor organiser, List<SignInCard> printed) {
        var member = printed.stream()
                .map(card -> cards.signIn(card.code(), null).member())
                .filter(java.util.Objects::nonNull)
                .findFirst();
        if (member.isEmpty()) {
            return;
        }
        for (var draft : drafts.all(organiser, assembly)) {
            String title = draft.current().text().title();
            if (title.equals("Be seen and met in the community")) {
                entries.comment(
                        member.get(),
                        draft.id(),
                        "Please say which officers cover each ward, so that we know whom to talk to.");
            } else if (title.equals("Publish stop and search figures by ward")) {
                entries.propose(
                        member.get(),
                        draft.id(),
                        "Publish stop and search figures by ward every quarter, reviewed in public by a community"
                                + " panel that includes young people.",
                        "Young people are stopped most, so they should be on the panel.");
            }
        }
    }

    private void load(AssemblyId assembly, Actor organiser, Actor facilitator) {
        for (String theme : THEMES) {
            drafts.addTheme(organiser, assembly, theme);
        }
        var themes = drafts.themes(organiser, assembly);
        changedThenFinal(assembly, facilitator, themes.get(3).id());
        changedByTwoTables(assembly, facilitator, themes.get(2).id());
        asFirstWritten(assembly, facilitator, themes);
        mergedThenCommented(assembly, organiser, facilitator, themes.get(7).id());
    }

    /** Tables 1 and 4 wrote much the same about being seen; the organiser merged them, and the tables commented. */
    private void mergedThenCommented(AssemblyId assembly, Actor organiser, Actor facilitator, ThemeId theme) {
        var patrols = drafts.add(
                facilitator,
                assembly,
                theme,
                "Table 1",
                new DraftText(
                        "Officers on foot in town centres",
                        "Officers patrol Walthamstow, Leyton and Chingford town centres on foot every day.",
                        "We only see police in cars."));
        var events = drafts.add(
                facilitator,
                assembly,
                theme,
                "Table 4",
                new DraftText(
                        "Police at community events",
                        "Local officers attend markets, fairs and faith events to meet residents.",
                        "People trust officers they have met."));
        var merged = merges.merge(
                organiser,
                assembly,
                java.util.List.of(patrols, events),
                theme,
                "Tables 1 and 4",
                new DraftText(
                        "Be seen and met in the community",
                        "Officers patrol the town centres on foot every day and attend markets, fairs and faith"
                                + " events to meet residents.",
                        "We only see police in cars, and people trust officers they have met."));
        comments.add(
                facilitator,
                assembly,
                merged,
                "Say which officers: residents want to see the same faces again.",
                "Table 4",
                true);
        comments.add(
                organiser,
                assembly,
                merged,
                "The borough commander asked how many hours a week this means; the tables may want to say.",
                "",
                false);
    }

    private void changedThenFinal(AssemblyId assembly, Actor facilitator, ThemeId theme) {
        var victims = drafts.add(
                facilitator,
                assembly,
                theme,
                "Table 2",
                new DraftText(
                        "Keep victims informed",
                        "Every victim of crime gets a named contact and hears what happens next.",
                        "Several of us reported a crime and never heard back."));
        drafts.revise(
                facilitator,
                assembly,
                victims,
                new DraftText(
                        "Keep victims informed",
                        "Every victim of crime gets a named contact and hears what happens next within seven days.",
                        "Several of us reported a crime and never heard back. A deadline makes it checkable."),
                "Table 2 agreed a deadline after the victim support speaker's session",
                1);
        drafts.mark(facilitator, assembly, victims, DraftStatus.FINAL);
    }

    private void changedByTwoTables(AssemblyId assembly, Actor facilitator, ThemeId theme) {
        var stops = drafts.add(
                facilitator,
                assembly,
                theme,
                "Table 5",
                new DraftText(
                        "Publish stop and search figures",
                        "Publish stop and search figures every year.",
                        "People do not trust what they cannot see."));
        drafts.revise(
                facilitator,
                assembly,
                stops,
                new DraftText(
                        "Publish stop and search figures by ward",
                        "Publish stop and search figures by ward every quarter, reviewed in public by a community"
                                + " panel.",
                        "People do not trust what they cannot see, and borough-wide figures hide where it happens."),
                "Tables 4 and 5 combined their ideas",
                1);
    }

    private void asFirstWritten(AssemblyId assembly, Actor facilitator, List<Theme> themes) {
        drafts.add(
                facilitator,
                assembly,
                themes.get(0).id(),
                "Table 1",
                new DraftText(
                        "Recruit officers who know the borough",
                        "Recruit and keep officers who live in or come from the borough.",
                        "Officers who know the area are trusted more."));
        drafts.add(
                facilitator,
                assembly,
                themes.get(4).id(),
                "Table 6",
                new DraftText(
                        "Youth outreach in every ward",
                        "Fund youth outreach officers who work with schools and youth clubs in every ward.",
                        ""));
        var cameras = drafts.add(
                facilitator,
                assembly,
                themes.get(7).id(),
                "Table 3",
                new DraftText("More cameras", "Put more CCTV cameras in town centres.", ""));
        drafts.mark(facilitator, assembly, cameras, DraftStatus.WITHDRAWN);
    }
}
