package org.minipublic.app.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.evidence.MaterialDetails;
import org.minipublic.app.evidence.MaterialId;
import org.minipublic.app.evidence.MaterialReview;
import org.minipublic.app.evidence.Materials;
import org.minipublic.app.evidence.Upload;
import org.minipublic.app.evidence.VersionInput;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.Programme;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.Pdf;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo assembly's evidence materials, one at each point of the advisory board's review: a briefing (a PDF) and a
 * page on complaints with its Polish translation, both published and public; a community group's view in review,
 * with the board's comment; residents' stories sent back with changes requested.
 */
@Component
@Profile("demo")
class DemoEvidence {

    private static final String COMPLAINTS_EN =
            """
            Anyone can complain about how a police officer behaved, or about the service they received.

            # Where to complain

            - Online, on the police force's website
            - At any police station
            - Through a solicitor, a councillor or someone you trust

            The force must record a complaint and tell you how it will be handled. If you are unhappy with the \
            outcome you can ask for a review.""";

    private static final String COMPLAINTS_PL =
            """
            Każdy może złożyć skargę na zachowanie policjanta lub na otrzymaną obsługę.

            # Gdzie złożyć skargę

            - Przez internet, na stronie policji
            - Na każdym posterunku policji
            - Przez prawnika, radnego lub zaufaną osobę

            Policja musi zarejestrować skargę i poinformować, jak zostanie rozpatrzona. Jeśli wynik Cię nie \
            zadowala, możesz poprosić o ponowne rozpatrzenie.""";

    private final Materials materials;
    private final MaterialReview review;
    private final Programme programme;

    DemoEvidence(Materials materials, MaterialReview review, Programme programme) {
        this.materials = materials;
        this.review = review;
        this.programme = programme;
    }

    void load(AssemblyId assembly, Actor organiser, Actor advisor) {
        if (!materials.all(organiser, assembly).isEmpty()) {
            return;
        }
        var briefing = materials.create(
                organiser,
                assembly,
                new MaterialDetails("Trust and confidence", Perspective.EXPERT, session(organiser, assembly), true),
                "en",
                VersionInput.file("Policing in Eastbrook: the figures", new Upload("policing-figures.pdf", pdf())));
        publish(assembly, organiser, advisor, briefing);

        var complaints = materials.create(
                organiser,
                assembly,
                new MaterialDetails("Accountability", Perspective.INSTITUTION, null, true),
                "en",
                VersionInput.page("How to complain about the police", COMPLAINTS_EN));
        materials.addVersion(
                organiser,
                assembly,
                complaints,
                "pl",
                VersionInput.page("Jak złożyć skargę na policję", COMPLAINTS_PL));
        publish(assembly, organiser, advisor, complaints);

        loadInReview(assembly, organiser, advisor);
    }

    private void loadInReview(AssemblyId assembly, Actor organiser, Actor advisor) {
        var view = materials.create(
                organiser,
                assembly,
                new MaterialDetails("Stop and search", Perspective.ADVOCACY, null, false),
                "en",
                VersionInput.page(
                        "Stop and search: a community group's view",
                        "Young people in the borough told us that being stopped more than once a year is common."
                                + "\n\nThey ask for a written record of every stop, and for officers to explain why."));
        review.submit(organiser, assembly, view);
        review.startReview(advisor, assembly, view);
        review.comment(
                advisor,
                assembly,
                view,
                "Please add where the figure on repeated stops comes from, so members can weigh it against the"
                        + " police's own figures.");

        var stories = materials.create(
                organiser,
                assembly,
                new MaterialDetails("Victim support", Perspective.LIVED_EXPERIENCE, null, false),
                "en",
                VersionInput.page(
                        "Living with crime: residents' stories",
                        "Three residents describe what happened after they reported a burglary."));
        review.submit(organiser, assembly, stories);
        review.startReview(advisor, assembly, stories);
        review.requestChanges(
                advisor,
                assembly,
                stories,
                "The stories name a street and a shop: remove anything that identifies the residents, and add a"
                        + " note on where members can find support if the stories affect them.");
    }

    private void publish(AssemblyId assembly, Actor organiser, Actor advisor, MaterialId id) {
        review.submit(organiser, assembly, id);
        review.startReview(advisor, assembly, id);
        review.approve(advisor, assembly, id);
        review.publish(organiser, assembly, id);
    }

    private @Nullable SessionId session(Actor organiser, AssemblyId assembly) {
        return programme.sessions(organiser, assembly).stream()
                .filter(s -> s.title().startsWith("Evidence: policing"))
                .findFirst()
                .map(s -> s.id())
                .orElse(null);
    }

    /** A one-page briefing, rendered with the application's own PDF renderer so that it is a real PDF. */
    private static byte[] pdf() {
        var out = new ByteArrayOutputStream();
        try {
            Pdf.render(
                    """
                    <html><head><style>body { font-family: 'Noto Sans'; }</style></head><body>
                    <h1>Policing in Eastbrook: the figures</h1>
                    <p>Invented figures for the demo assembly.</p>
                    <ul><li>Recorded crimes per 1,000 residents: 84</li>
                    <li>Residents who say the police do a good job: 52 %</li>
                    <li>Stop and searches last year: 6,100, of which 21 % found something</li></ul>
                    </body></html>""",
                    out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
