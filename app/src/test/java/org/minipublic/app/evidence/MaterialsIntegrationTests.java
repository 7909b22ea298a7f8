package org.minipublic.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.minipublic.app.audit.AuditEntry;
import org.minipublic.app.audit.AuditLog;
import org.minipublic.app.audit.AuditQuery;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.PermissionDeniedException;
import org.minipublic.app.programme.Perspective;
import org.minipublic.app.programme.SessionId;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.InvalidInputException;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Materials through their facades: the review's steps in order, versions, translations and who may do what. */
@IntegrationTest
class MaterialsIntegrationTests {

    @Autowired
    Materials materials;

    @Autowired
    MaterialReview review;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void aMaterialGoesFromDraftToPublishedAndAStepOutOfOrderIsRefusedWithTheReason() {
        var team = team("Workflow");
        var id = page(team, "Stop and search in numbers", "Figures.", Perspective.EXPERT);

        refused(() -> review.startReview(team.advisor.actor(), team.assembly, id), "evidence.review.start.refused");
        refused(() -> review.publish(team.organiser.actor(), team.assembly, id), "evidence.review.publish.refused");
        review.submit(team.organiser.actor(), team.assembly, id);
        refused(() -> review.submit(team.organiser.actor(), team.assembly, id), "evidence.review.submit.refused");
        refused(() -> review.approve(team.advisor.actor(), team.assembly, id), "evidence.review.approve.refused");
        review.startReview(team.advisor.actor(), team.assembly, id);
        refused(
                () -> review.requestChanges(team.advisor.actor(), team.assembly, id, "  "),
                "evidence.review.changes.comment-required");
        assertThat(status(team, id)).isEqualTo(MaterialStatus.IN_REVIEW);

        review.requestChanges(team.advisor.actor(), team.assembly, id, "Say where the figures come from.");
        assertThat(status(team, id)).isEqualTo(MaterialStatus.CHANGES_REQUESTED);
        refused(() -> review.approve(team.advisor.actor(), team.assembly, id), "evidence.review.approve.refused");
        materials.addVersion(
                team.organiser.actor(), team.assembly, id, "en", VersionInput.page("Stop and search", "Source: x."));
        assertThat(status(team, id)).as("still waiting for the organiser").isEqualTo(MaterialStatus.CHANGES_REQUESTED);
        review.submit(team.organiser.actor(), team.assembly, id);
        review.startReview(team.advisor.actor(), team.assembly, id);
        review.approve(team.advisor.actor(), team.assembly, id);
        review.publish(team.organiser.actor(), team.assembly, id);

        var view = materials.material(team.organiser.actor(), team.assembly, id);
        assertThat(view.material().status()).isEqualTo(MaterialStatus.PUBLISHED);
        assertThat(view.comments()).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo(team.advisor.name());
            assertThat(c.body()).isEqualTo("Say where the figures come from.");
        });
        assertThat(view.versions())
                .extracting(VersionInfo::number, VersionInfo::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        var changes = audit(team.assembly, "evidence.status-changed");
        assertThat(changes)
                .extracting(AuditEntry::before, AuditEntry::after)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("IN_REVIEW", "CHANGES_REQUESTED"),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", "PUBLISHED"));
        assertThat(audit.find(AuditQuery.forAssembly(team.assembly), 0).entries())
                .as("ids and states only")
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain("figures", "Stop and search"));
    }

    @Test
    void aNewVersionAfterApprovalGoesBackToReviewWhileReadersKeepThePublishedVersion() {
        var team = team("Versions");
        var id = page(team, "Complaints, first version", "One.", Perspective.INSTITUTION);
        approve(team, id);
        materials.addVersion(
                team.organiser.actor(), team.assembly, id, "en", VersionInput.page("Complaints, second", "Two."));
        assertThat(status(team, id)).as("approved, then changed").isEqualTo(MaterialStatus.SUBMITTED);

        approveSubmitted(team, id);
        review.publish(team.organiser.actor(), team.assembly, id);
        materials.addVersion(
                team.organiser.actor(), team.assembly, id, "en", VersionInput.page("Complaints, third", "Three."));

        assertThat(status(team, id)).isEqualTo(MaterialStatus.SUBMITTED);
        assertThat(materials.published(team.assembly, "en")).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Complaints, second");
            assertThat(m.body()).isEqualTo("Two.");
        });
        assertThat(materials
                        .version(team.facilitator.actor(), team.assembly, id, "en", 1)
                        .body())
                .as("earlier versions stay readable by the team")
                .isEqualTo("One.");

        approveSubmitted(team, id);
        review.publish(team.organiser.actor(), team.assembly, id);
        assertThat(materials.published(team.assembly, "en"))
                .extracting(PublishedMaterial::title)
                .containsExactly("Complaints, third");
    }

    @Test
    void aPublishedMaterialCanBeTakenOffAtOnceAndPublishedAgainWithoutANewReview() {
        var team = team("Withdraw");
        var id = page(team, "Wrong figures", "Old numbers.", Perspective.INSTITUTION);
        refused(() -> review.withdraw(team.organiser.actor(), team.assembly, id), "evidence.withdraw.not-published");
        approve(team, id);
        review.publish(team.organiser.actor(), team.assembly, id);
        assertThat(materials.published(team.assembly, "en")).hasSize(1);
        denied(() -> review.withdraw(team.advisor.actor(), team.assembly, id));
        denied(() -> review.withdraw(team.facilitator.actor(), team.assembly, id));

        review.withdraw(team.organiser.actor(), team.assembly, id);

        assertThat(materials.published(team.assembly, "en")).isEmpty();
        assertThat(materials.publishedFile(team.assembly, id, "en")).isEmpty();
        assertThat(status(team, id)).isEqualTo(MaterialStatus.APPROVED);
        assertThat(audit(team.assembly, "evidence.material-withdrawn"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("APPROVED, not published"));
        refused(() -> review.withdraw(team.organiser.actor(), team.assembly, id), "evidence.withdraw.not-published");
        review.publish(team.organiser.actor(), team.assembly, id);
        assertThat(materials.published(team.assembly, "en")).hasSize(1);

        // while a newer version is reviewed, readers see the published one; taking that off keeps the review going
        materials.addVersion(
                team.organiser.actor(), team.assembly, id, "en", VersionInput.page("Right figures", "New numbers."));
        review.withdraw(team.organiser.actor(), team.assembly, id);
        assertThat(materials.published(team.assembly, "en")).isEmpty();
        assertThat(status(team, id)).isEqualTo(MaterialStatus.SUBMITTED);
    }

    @Test
    void aVersionAddedDuringTheReviewStartsTheReviewAgainSoNoApprovalCoversAnUnreadVersion() {
        var team = team("Mid-review");
        var id = page(team, "Stop and search, as read", "Read.", Perspective.EXPERT);
        review.submit(team.organiser.actor(), team.assembly, id);
        review.startReview(team.advisor.actor(), team.assembly, id);

        materials.addVersion(
                team.organiser.actor(), team.assembly, id, "ur", VersionInput.page("ترجمہ", "Not read by anyone."));

        assertThat(status(team, id)).isEqualTo(MaterialStatus.SUBMITTED);
        refused(() -> review.approve(team.advisor.actor(), team.assembly, id), "evidence.review.approve.refused");
        approveSubmitted(team, id);
        assertThat(status(team, id)).isEqualTo(MaterialStatus.APPROVED);
    }

    @Test
    void filesAreCheckedByTheirContentAndARefusedFileLeavesNothingBehind() {
        var team = team("Uploads");
        var organiser = team.organiser.actor();

        refusedFile(team, new Upload("report.pdf", TestFiles.png()), e -> {
            assertThat(e.messageKey()).isEqualTo("evidence.file.name-mismatch");
            assertThat(e.arguments()).containsExactly("report.pdf", "PNG", "png");
        });
        refusedFile(team, new Upload("notes.pdf", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)), e -> {
            assertThat(e.messageKey()).isEqualTo("evidence.file.not-supported");
            assertThat(e.arguments()).containsExactly("notes.pdf");
        });
        refusedFile(team, new Upload("empty.pdf", new byte[0]), e -> assertThat(e.messageKey())
                .isEqualTo("evidence.file.empty"));
        refusedFile(team, new Upload("huge.pdf", TestFiles.pdfOver(MaterialRules.FILE_LIMIT_BYTES + 1)), e -> {
            assertThat(e.messageKey()).isEqualTo("evidence.file.too-large");
            assertThat(e.arguments()[0]).isEqualTo("huge.pdf");
            assertThat(e.arguments()[2]).isEqualTo(15);
        });
        assertThat(materials.all(organiser, team.assembly)).as("nothing stored").isEmpty();

        var pdf = file(team, "Briefing", new Upload("C:\\fakepath\\briefing.pdf", TestFiles.pdf()));
        file(team, "Slides", new Upload("slides.pptx", TestFiles.pptx()));
        file(team, "Slides (ODP)", new Upload("slides.odp", TestFiles.odp()));
        file(team, "Map", new Upload("map.PNG", TestFiles.png()));
        file(team, "Photo", new Upload("photo.jpeg", TestFiles.jpeg()));
        assertThatThrownBy(() -> materials.addVersion(
                        organiser,
                        team.assembly,
                        pdf,
                        "en",
                        VersionInput.file("Briefing", new Upload("briefing.pdf", TestFiles.jpeg()))))
                .isInstanceOf(InvalidInputException.class);

        var versions = materials.material(organiser, team.assembly, pdf).versions();
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.fileName()).isEqualTo("briefing.pdf");
            assertThat(v.mediaType()).isEqualTo("application/pdf");
        });
        assertThat(materials.all(organiser, team.assembly)).hasSize(5);
        assertThat(materials.version(organiser, team.assembly, pdf, "en", 1).content())
                .isEqualTo(TestFiles.pdf());
    }

    @Test
    void membersReadEachMaterialInTheirLanguageWhenATranslationIsPublishedElseInTheOriginal() {
        var team = team("Languages");
        var organiser = team.organiser.actor();
        var complaints = page(team, "How to complain", "Anyone can.", Perspective.INSTITUTION);
        materials.addVersion(
                organiser, team.assembly, complaints, "pl", VersionInput.page("Jak złożyć skargę", "Każdy."));
        var briefing = file(team, "A briefing", new Upload("briefing.pdf", TestFiles.pdf()));
        page(team, "Never published", "Draft.", Perspective.EXPERT);
        approve(team, complaints);
        review.publish(organiser, team.assembly, complaints);
        approve(team, briefing);
        review.publish(organiser, team.assembly, briefing);

        assertThat(materials.published(team.assembly, "pl"))
                .extracting(PublishedMaterial::title, PublishedMaterial::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A briefing", "en"),
                        org.assertj.core.groups.Tuple.tuple("Jak złożyć skargę", "pl"));
        assertThat(materials.published(team.assembly, "ur"))
                .extracting(PublishedMaterial::title)
                .containsExactly("A briefing", "How to complain");

        materials.addVersion(organiser, team.assembly, complaints, "ur", VersionInput.page("شکایت", "ہر کوئی۔"));
        assertThat(materials.published(team.assembly, "ur"))
                .as("a translation not yet published is not shown")
                .extracting(PublishedMaterial::language)
                .containsOnly("en");
        assertThat(materials.publishedFile(team.assembly, briefing, "pl")).hasValueSatisfying(f -> {
            assertThat(f.content()).isEqualTo(TestFiles.pdf());
            assertThat(f.mediaType()).isEqualTo("application/pdf");
            assertThat(f.fileName()).isEqualTo("briefing.pdf");
        });
        assertThat(materials.publishedFile(team.assembly, complaints, "pl"))
                .as("a page has no file")
                .isEmpty();
        assertThatThrownBy(() ->
                        materials.addVersion(organiser, team.assembly, complaints, "xx", VersionInput.page("X", "Y")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("evidence.language.unknown"));
    }

    @Test
    void onlyTheAdvisoryBoardReviewsAndOnlyOrganisersWriteAndPublish() {
        var team = team("Rights");
        var officer = fixtures.userWithRole("Materials Officer", team.assembly, AssemblyRole.INSTITUTION_OFFICER);
        var id = page(team, "Evidence", "Text.", Perspective.EXPERT);

        assertThat(materials.all(team.facilitator.actor(), team.assembly)).hasSize(1);
        assertThat(materials.all(officer.actor(), team.assembly)).hasSize(1);
        denied(() -> materials.create(
                team.facilitator.actor(), team.assembly, details("Topic"), "en", VersionInput.page("Mine", "Text.")));
        denied(() -> review.submit(team.advisor.actor(), team.assembly, id));
        review.submit(team.organiser.actor(), team.assembly, id);
        denied(() -> review.startReview(team.facilitator.actor(), team.assembly, id));
        denied(() -> review.startReview(team.organiser.actor(), team.assembly, id));
        review.startReview(team.advisor.actor(), team.assembly, id);
        denied(() -> review.approve(team.organiser.actor(), team.assembly, id));
        denied(() -> review.comment(officer.actor(), team.assembly, id, "A view"));
        review.comment(team.organiser.actor(), team.assembly, id, "We are on it.");
        review.approve(team.advisor.actor(), team.assembly, id);
        denied(() -> review.publish(team.advisor.actor(), team.assembly, id));
        var stranger = fixtures.organiser("Stranger Organiser");
        denied(() -> materials.all(stranger.actor(), team.assembly));
        denied(() -> materials.material(stranger.actor(), team.assembly, id));
        var elsewhere = fixtures.assembly(team.organiser, Fixtures.unique("Elsewhere"));
        assertThatThrownBy(() -> materials.material(team.organiser.actor(), elsewhere, id))
                .isInstanceOf(MaterialNotFoundException.class);
    }

    @Test
    void theBalanceListsEveryPerspectivePerTopicCountingOnlyApprovedMaterials() {
        var team = team("Balance");
        var expert = page(team, "Expert view", "Text.", Perspective.EXPERT);
        var lived = page(team, "Lived view", "Text.", Perspective.LIVED_EXPERIENCE);
        approve(team, expert);
        approve(team, lived);
        review.publish(team.organiser.actor(), team.assembly, lived);
        materials.create(
                team.organiser.actor(),
                team.assembly,
                details("Youth"),
                "en",
                VersionInput.page("Only a draft", "Text."));

        var balance = materials.balance(team.advisor.actor(), team.assembly);

        assertThat(balance).extracting(BalanceRow::topic).containsExactly("Policing", "Youth");
        assertThat(balance.get(0).counts())
                .containsExactly(
                        java.util.Map.entry(Perspective.EXPERT, 1),
                        java.util.Map.entry(Perspective.LIVED_EXPERIENCE, 1),
                        java.util.Map.entry(Perspective.ADVOCACY, 0),
                        java.util.Map.entry(Perspective.INSTITUTION, 0));
        assertThat(balance.get(1).counts().values())
                .as("a draft counts for nothing")
                .containsOnly(0);
    }

    @Test
    void aMaterialLinksOnlyToASessionOfItsAssembly() {
        var team = team("Sessions");
        assertThatThrownBy(() -> materials.create(
                        team.organiser.actor(),
                        team.assembly,
                        new MaterialDetails("Topic", Perspective.EXPERT, SessionId.random(), false),
                        "en",
                        VersionInput.page("T", "B")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("session"));
        assertThatThrownBy(() -> materials.create(
                        team.organiser.actor(), team.assembly, details(" "), "en", VersionInput.page("T", "B")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("evidence.topic.required"));
    }

    private record Team(AssemblyId assembly, TestUser organiser, TestUser advisor, TestUser facilitator) {}

    private Team team(String name) {
        var organiser = fixtures.user(name + " Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique(name));
        return new Team(
                assembly,
                organiser,
                fixtures.userWithRole(name + " Advisor", assembly, AssemblyRole.ADVISORY_BOARD),
                fixtures.userWithRole(name + " Facilitator", assembly, AssemblyRole.FACILITATOR));
    }

    private MaterialId page(Team team, String title, String body, Perspective perspective) {
        return materials.create(
                team.organiser.actor(),
                team.assembly,
                new MaterialDetails("Policing", perspective, null, false),
                "en",
                VersionInput.page(title, body));
    }

    private MaterialId file(Team team, String title, Upload upload) {
        return materials.create(
                team.organiser.actor(), team.assembly, details("Files"), "en", VersionInput.file(title, upload));
    }

    private void approve(Team team, MaterialId id) {
        review.submit(team.organiser.actor(), team.assembly, id);
        review.startReview(team.advisor.actor(), team.assembly, id);
        review.approve(team.advisor.actor(), team.assembly, id);
    }

    /** The advisory board reviews and approves a material already submitted (or sent back by a new version). */
    private void approveSubmitted(Team team, MaterialId id) {
        review.startReview(team.advisor.actor(), team.assembly, id);
        review.approve(team.advisor.actor(), team.assembly, id);
    }

    private MaterialStatus status(Team team, MaterialId id) {
        return materials
                .material(team.organiser.actor(), team.assembly, id)
                .material()
                .status();
    }

    private java.util.List<AuditEntry> audit(AssemblyId assembly, String action) {
        return audit.find(new AuditQuery(assembly, action, null, null, null), 0).entries();
    }

    private void refusedFile(Team team, Upload upload, Consumer<InvalidInputException> check) {
        assertThatThrownBy(() -> file(team, "Refused", upload))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    check.accept(e);
                });
    }

    private static MaterialDetails details(String topic) {
        return new MaterialDetails(topic, Perspective.EXPERT, null, false);
    }

    private static void refused(Runnable step, String messageKey) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(messageKey));
    }

    private static void denied(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOf(PermissionDeniedException.class);
    }
}
