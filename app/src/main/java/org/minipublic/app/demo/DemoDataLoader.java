package org.minipublic.app.demo;

import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyStatus;
import org.minipublic.app.identity.Accounts;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.NewAccount;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo assembly and users once, then prints where to go and how to log in. */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    private final Accounts accounts;
    private final Identity identity;
    private final Assemblies assemblies;
    private final DemoRecruitment recruitment;
    private final DemoSelection selection;
    private final DemoMembers members;
    private final DemoMessaging messaging;
    private final DemoCalls calls;
    private final DemoProgramme programme;
    private final DemoEvidence evidence;
    private final DemoTables tables;
    private final DemoBallots ballots;
    private final DemoDrafts drafts;
    private final DemoAccountability accountability;
    private final DemoReport report;
    private final DemoSurveys surveys;
    private final DemoPortal portal;
    private final DemoVerdicts verdicts;
    private final DemoFollowUp followUp;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    DemoDataLoader(
            Accounts accounts,
            Identity identity,
            Assemblies assemblies,
            DemoRecruitment recruitment,
            DemoSelection selection,
            DemoMembers members,
            DemoMessaging messaging,
            DemoCalls calls,
            DemoProgramme programme,
            DemoEvidence evidence,
            DemoTables tables,
            DemoBallots ballots,
            DemoDrafts drafts,
            DemoAccountability accountability,
            DemoReport report,
            DemoSurveys surveys,
            DemoPortal portal,
            DemoVerdicts verdicts,
            DemoFollowUp followUp,
            TransactionTemplate transaction,
            @Value("${minipublic.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.identity = identity;
        this.assemblies = assemblies;
        this.recruitment = recruitment;
        this.selection = selection;
        this.members = members;
        this.messaging = messaging;
        this.calls = calls;
        this.programme = programme;
        this.evidence = evidence;
        this.tables = tables;
        this.ballots = ballots;
        this.drafts = drafts;
        this.accountability = accountability;
        this.report = report;
        this.surveys = surveys;
        this.portal = portal;
        this.verdicts = verdicts;
        this.followUp = followUp;
        this.transaction = transaction;
        this.baseUrl = baseUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
        String portalCode = "";
        try {
            var assembly = assemblies.findByTitle(DemoAssembly.TITLE).orElseThrow();
            selection.awaitDraw(assembly, demoActor(AssemblyRole.ORGANISER));
            recruitment.afterTheDraw(assembly, demoActor(AssemblyRole.ORGANISER));
            messaging.load(assembly, demoActor(AssemblyRole.ORGANISER));
            calls.load(assembly, demoActor(AssemblyRole.RECRUITER));
            selection.chooseAlternates(assembly, demoActor(AssemblyRole.ORGANISER));
            tables.load(assembly, demoActor(AssemblyRole.ORGANISER));
            var issued = portal.load(assembly, demoActor(AssemblyRole.ORGANISER));
            portalCode = issued.bannerCode();
            verdicts.load(assembly, demoActor(AssemblyRole.ORGANISER), issued.printed());
            drafts.fromMembers(assembly, demoActor(AssemblyRole.ORGANISER), issued.printed());
            // after the draw and the members' verdict, so that the published version shows who took part
            report.load(assembly, demoActor(AssemblyRole.ORGANISER));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println(banner(portalCode));
    }

    /** All or nothing: a half-loaded demo would be skipped on the next start and stay half-loaded. */
    void load() {
        var system = Actor.system();
        AssemblyId assembly = assemblies
                .findByTitle(DemoAssembly.TITLE)
                .orElseGet(() -> assemblies.create(system, DemoAssembly.details()));
        for (var user : DemoUsers.ALL) {
            if (accounts.findByEmail(system, user.email()).isPresent()) {
                continue;
            }
            UserId id = accounts.create(
                    system, new NewAccount(user.email(), user.name(), DemoUsers.PASSWORD, user.platformAdmin()));
            if (user.role() != null) {
                identity.grantRole(system, assembly, id, user.role());
            }
        }
        loadRecruitment(assembly);
        members.load(assembly, demoActor(AssemblyRole.ORGANISER), demoActor(AssemblyRole.FACILITATOR));
        programme.load(assembly, demoActor(AssemblyRole.ORGANISER));
        evidence.load(assembly, demoActor(AssemblyRole.ORGANISER), demoActor(AssemblyRole.ADVISORY_BOARD));
        drafts.load(
                assembly,
                demoActor(AssemblyRole.ORGANISER),
                demoActor(AssemblyRole.FACILITATOR),
                demoActor(AssemblyRole.INSTITUTION_OFFICER),
                demoActor(AssemblyRole.ADVISORY_BOARD));
        ballots.load(assembly, demoActor(AssemblyRole.ORGANISER));
        accountability.load(assembly, demoActor(AssemblyRole.ORGANISER), demoActor(AssemblyRole.INSTITUTION_OFFICER));
        followUp.load(assembly, demoActor(AssemblyRole.ORGANISER));
        surveys.load(assembly, demoActor(AssemblyRole.ORGANISER), demoActor(AssemblyRole.FACILITATOR));
    }

    /** The demo user who holds this role, as an actor. */
    private Actor demoActor(AssemblyRole role) {
        var user =
                DemoUsers.ALL.stream().filter(u -> u.role() == role).findFirst().orElseThrow();
        return Actor.user(accounts.findByEmail(Actor.system(), user.email()).orElseThrow(), user.name());
    }

    /**
     * The organiser imported the address list, drew a round and opened registration; residents registered; the
     * organiser set targets for the panel.
     */
    private void loadRecruitment(AssemblyId assembly) {
        var organiser = DemoUsers.ALL.stream()
                .filter(user -> user.role() == AssemblyRole.ORGANISER)
                .findFirst()
                .orElseThrow();
        var actor = Actor.user(
                accounts.findByEmail(Actor.system(), organiser.email()).orElseThrow(), organiser.name());
        recruitment.load(assembly, actor);
        if (assemblies.find(assembly).orElseThrow().status() == AssemblyStatus.PLANNING) {
            assemblies.moveTo(Actor.system(), assembly, AssemblyStatus.RECRUITING);
            assemblies.moveTo(Actor.system(), assembly, AssemblyStatus.SELECTING);
        }
        selection.load(assembly, actor);
    }

    private String banner(String portalCode) {
        var text = new StringBuilder("\n  Minipublic is running at ")
                .append(baseUrl)
                .append("\n  DEMO MODE: synthetic data only. Log in with any of these (password: ")
                .append(DemoUsers.PASSWORD)
                .append(")\n");
        for (var user : DemoUsers.ALL) {
            var role = user.role();
            text.append(String.format(
                    "    %-34s %s%n",
                    user.email(),
                    user.platformAdmin() || role == null
                            ? "platform administrator"
                            : role.name().toLowerCase().replace('_', ' ')));
        }
        if (!portalCode.isEmpty()) {
            text.append("  Member portal (no password): ")
                    .append(baseUrl)
                    .append("/portal with a demo member's code ")
                    .append(portalCode)
                    .append(" (a new code at each start)\n");
        }
        return text.toString();
    }
}
