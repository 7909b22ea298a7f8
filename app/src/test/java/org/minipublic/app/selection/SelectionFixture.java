package org.minipublic.app.selection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.minipublic.app.recruitment.Category;
import org.minipublic.app.recruitment.CategoryId;
import org.minipublic.app.recruitment.NewRespondent;
import org.minipublic.app.recruitment.Registration;
import org.minipublic.app.recruitment.RegistrationFixture;
import org.minipublic.app.recruitment.RegistrationSetup;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/** An assembly with a registered pool of varied people (one per household) and targets that allow any panel. */
@TestComponent
@Import(RegistrationFixture.class)
public class SelectionFixture {

    private final RegistrationFixture registration;
    private final Registration registrations;
    private final RegistrationSetup setup;
    private final Targets targets;
    private final Draws draws;
    private final org.minipublic.app.recruitment.Pool pool;
    private final Ceremonies ceremonies;
    private final DrawAlternates alternates;

    SelectionFixture(
            RegistrationFixture registration,
            Registration registrations,
            RegistrationSetup setup,
            Targets targets,
            Draws draws,
            org.minipublic.app.recruitment.Pool pool,
            Ceremonies ceremonies,
            DrawAlternates alternates) {
        this.alternates = alternates;
        this.registration = registration;
        this.registrations = registrations;
        this.setup = setup;
        this.targets = targets;
        this.draws = draws;
        this.pool = pool;
        this.ceremonies = ceremonies;
    }

    /** Waits until the draw is no longer running (at most a minute) and returns it as it ended. */
    public Draw awaitEnd(AssemblyId assembly, DrawId id) {
        return await("the draw did not end within a minute", () -> draws.find(assembly, id)
                .filter(draw -> draw.status() != Draw.Status.RUNNING));
    }

    /** A finished first draw of 12 from {@link #assemblyWithPool(int)}'s pool: four of each gender, else any panel. */
    public DrawId fourOfEachGender(RegistrationFixture.Open open) {
        var fourEach = wide(open.assembly(), 12).stream()
                .map(t -> t.category().equals("Gender") ? new Target("Gender", t.value(), 4, 4, null) : t)
                .toList();
        targets.save(open.organiser().actor(), open.assembly(), 12, fourEach);
        var first = draws.start(
                open.organiser().actor(), open.assembly(), new DrawSettings("leximin", 21L, java.util.List.of()));
        if (awaitEnd(open.assembly(), first).status() != Draw.Status.DONE) {
            throw new AssertionError("the first draw did not succeed");
        }
        return first;
    }

    /** Waits until no choice of alternates runs for the draw (at most a minute) and returns the newest choice. */
    public AlternatesChoice awaitAlternates(RegistrationFixture.Open open, DrawId draw) {
        await(
                "no alternates within a minute",
                () -> alternates.choosing(draw) ? java.util.Optional.empty() : java.util.Optional.of(draw));
        alternates.failure(draw).ifPresent(f -> {
            throw new AssertionError("choosing alternates " + f);
        });
        return alternates.find(open.organiser().actor(), open.assembly(), draw).orElseThrow();
    }

    /** Waits until the ceremony's lottery is computed (at most a minute) and returns it, failing if it failed. */
    public Ceremony awaitCommitted(RegistrationFixture.Open open, CeremonyId id) {
        var ceremony = await("the ceremony's lottery was not computed within a minute", () -> ceremonies
                .find(open.organiser().actor(), open.assembly(), id)
                .filter(c -> c.status() != Ceremony.Status.COMMITTING));
        if (ceremony.status() != Ceremony.Status.COMMITTED) {
            throw new AssertionError("the ceremony " + ceremony.status() + ": " + ceremony.failure());
        }
        return ceremony;
    }

    private static <T> T await(String timedOut, java.util.function.Supplier<java.util.Optional<T>> done) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var found = done.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(timedOut);
    }

    /** @param people registered people, the i-th with the (i mod n)-th option of every asked category */
    public RegistrationFixture.Open assemblyWithPool(int people) {
        return assemblyWithPool(people, null);
    }

    /**
     * @param skew when given, answers are drawn from it: the first option half the time, another at random otherwise,
     *     as response skews go; when {@code null}, the i-th person has the (i mod n)-th option
     */
    public RegistrationFixture.Open assemblyWithPool(
            int people, java.util.@org.jspecify.annotations.Nullable Random skew) {
        return assemblyWithPool(people, skew, i -> new Contact("person" + i + "@example.org", "", "en"), 0);
    }

    /**
     * A pool over the standard categories and {@code questions} more of four answers each, every answer drawn from
     * {@code random}: many small groups, which the engine takes long over.
     */
    public RegistrationFixture.Open assemblyWithVariedPool(int people, int questions, java.util.Random random) {
        return assemblyWithPool(people, random, i -> new Contact("person" + i + "@example.org", "", "en"), questions);
    }

    /** How the i-th person of a pool can be reached. */
    public record Contact(String email, String phone, String language) {}

    /** A pool whose people have the contacts given, and the (i mod n)-th option of every asked category. */
    public RegistrationFixture.Open assemblyWithContacts(int people, java.util.function.IntFunction<Contact> contacts) {
        return assemblyWithPool(people, null, contacts, 0);
    }

    private RegistrationFixture.Open assemblyWithPool(
            int people,
            java.util.@org.jspecify.annotations.Nullable Random skew,
            java.util.function.IntFunction<Contact> contacts,
            int questions) {
        var open = registration.openAssembly(people, 1);
        for (int q = 1; q <= questions; q++) {
            setup.addCategory(
                    open.organiser().actor(),
                    open.assembly(),
                    new Category(
                            CategoryId.random(),
                            "Question " + q,
                            Category.Kind.ASKED,
                            List.of("Answer 1", "Answer 2", "Answer 3", "Answer 4"),
                            List.of()));
        }
        var asked = setup.categories(open.assembly()).stream()
                .filter(c -> c.kind() == Category.Kind.ASKED)
                .toList();
        for (int i = 0; i < people; i++) {
            var answers = new HashMap<CategoryId, String>();
            for (var category : asked) {
                int n = category.options().size();
                int option = skew == null ? i % n : questions > 0 || !skew.nextBoolean() ? skew.nextInt(n) : 0;
                answers.put(category.id(), category.options().get(option));
            }
            var contact = contacts.apply(i);
            registrations.register(
                    null,
                    open.codes().get(i),
                    new NewRespondent(
                            "Person" + i,
                            "Pooled",
                            contact.email(),
                            contact.phone(),
                            LocalDate.of(1950 + (i * 7) % 50, 1 + i % 12, 1 + i % 28),
                            answers,
                            "",
                            contact.language(),
                            NewRespondent.Availability.ALL,
                            true));
        }
        return open;
    }

    /** Targets from no seats to the whole panel for every value. */
    public TargetSet anyPanel(RegistrationFixture.Open open, int panelSize) {
        return targets.save(open.organiser().actor(), open.assembly(), panelSize, wide(open.assembly(), panelSize));
    }

    public List<Target> wide(AssemblyId assembly, int panelSize) {
        var all = new ArrayList<Target>();
        targets.values(assembly)
                .forEach((category, values) ->
                        values.forEach(v -> all.add(new Target(category.name(), v, 0, panelSize, null))));
        return all;
    }

    /** Who the draw selected, in pool order, as the organiser sees them. */
    public List<org.minipublic.app.recruitment.RespondentId> selected(RegistrationFixture.Open open, DrawId draw) {
        return draws.people(open.organiser().actor(), open.assembly(), draw).stream()
                .filter(DrawPerson::selected)
                .map(DrawPerson::respondent)
                .toList();
    }

    /** A pool member's gender, as they registered it. */
    public String gender(AssemblyId assembly, org.minipublic.app.recruitment.RespondentId id) {
        return pool.members(assembly).stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow()
                .values()
                .get("Gender");
    }
}
