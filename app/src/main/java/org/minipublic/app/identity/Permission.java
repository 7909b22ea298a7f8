package org.minipublic.app.identity;

import static org.minipublic.app.identity.AssemblyRole.ADVISORY_BOARD;
import static org.minipublic.app.identity.AssemblyRole.FACILITATOR;
import static org.minipublic.app.identity.AssemblyRole.INSTITUTION_OFFICER;
import static org.minipublic.app.identity.AssemblyRole.MEMBER;
import static org.minipublic.app.identity.AssemblyRole.ORGANISER;
import static org.minipublic.app.identity.AssemblyRole.RECRUITER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The access policy: every right a page or a facade operation can require, and who holds it. Every handler names
 * one of these with {@link RequiresPermission}, and every state-changing facade operation checks one against its
 * {@code Actor}. Platform administrators hold every permission of every scope. {@code AccessMatrixIntegrationTests}
 * checks this table handler by handler and person by person.
 */
public enum Permission {

    // Anyone, logged in or not: the login page, and pages behind a one-time link whose token is the key.
    OPEN_PUBLIC_PAGE(Scope.PUBLIC),

    // Every logged-in user, for what concerns only them: their assemblies, invitations addressed to them.
    USE_OWN_ACCOUNT(Scope.USER),

    // The whole installation. Roles listed here grant the permission when held in any assembly.
    CREATE_ASSEMBLY(Scope.PLATFORM, ORGANISER),
    MANAGE_ACCOUNTS(Scope.PLATFORM),
    VIEW_PLATFORM_AUDIT(Scope.PLATFORM),
    MANAGE_OUTBOX(Scope.PLATFORM),

    // One assembly. Roles listed here grant the permission in the assembly where they are held.
    VIEW_DASHBOARD(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER, RECRUITER),
    EDIT_ASSEMBLY(Scope.ASSEMBLY, ORGANISER),
    VIEW_TEAM(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD),
    MANAGE_TEAM(Scope.ASSEMBLY, ORGANISER),
    VIEW_AUDIT(Scope.ASSEMBLY, ORGANISER),
    MANAGE_RECRUITMENT(Scope.ASSEMBLY, ORGANISER),
    VIEW_SELECTION(Scope.ASSEMBLY, ORGANISER, ADVISORY_BOARD),
    MANAGE_SELECTION(Scope.ASSEMBLY, ORGANISER),
    VIEW_MEMBER_PAGE(Scope.ASSEMBLY, MEMBER, ORGANISER, FACILITATOR),
    // Members: organisers manage them (contact details, payments, imports, withdrawals); facilitators see who is
    // expected and what they need, and check them in. Wellbeing notes only for the roles named here.
    VIEW_MEMBERS(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    MANAGE_MEMBERS(Scope.ASSEMBLY, ORGANISER),
    CHECK_IN_MEMBERS(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    VIEW_WELLBEING_NOTES(Scope.ASSEMBLY, ORGANISER),
    // Confirmation calls: the call list with phone numbers, and the outcome of each call (a decline withdraws the
    // person from the panel so that a replacement can be drawn; a confirmation makes them a member).
    CALL_PANEL(Scope.ASSEMBLY, ORGANISER, RECRUITER),
    // The programme: everyone on the team reads it; organisers write it.
    VIEW_PROGRAMME(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    MANAGE_PROGRAMME(Scope.ASSEMBLY, ORGANISER),
    // Evidence materials: the team reads them with every version; organisers add, change, submit and publish them;
    // the advisory board, independent of the organisers, reviews them; organisers and the board comment on them.
    VIEW_MATERIALS(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    MANAGE_MATERIALS(Scope.ASSEMBLY, ORGANISER),
    REVIEW_MATERIALS(Scope.ASSEMBLY, ADVISORY_BOARD),
    COMMENT_ON_MATERIALS(Scope.ASSEMBLY, ORGANISER, ADVISORY_BOARD),
    // Table plans: facilitators read them (each member's table); organisers make and adjust them.
    VIEW_TABLES(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    MANAGE_TABLES(Scope.ASSEMBLY, ORGANISER),
    // Deliberation: the team reads the drafts; facilitators and organisers write them; organisers keep the themes.
    VIEW_DRAFTS(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    WRITE_DRAFTS(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    MANAGE_THEMES(Scope.ASSEMBLY, ORGANISER),
    // Amendments are proposed by facilitators for their tables and decided by organisers, with a reason.
    DECIDE_AMENDMENTS(Scope.ASSEMBLY, ORGANISER),
    // Professional review: institution officers and the advisory board comment on drafts during a review round.
    REVIEW_DRAFTS(Scope.ASSEMBLY, INSTITUTION_OFFICER, ADVISORY_BOARD),
    // Ballots: the team follows them (turnout while open, results once closed); organisers prepare, open and close
    // them; facilitators also hand out ballot codes in the room. Members vote with their code, without logging in.
    VIEW_BALLOTS(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    MANAGE_BALLOTS(Scope.ASSEMBLY, ORGANISER),
    ISSUE_BALLOT_CODES(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    // Paper ballots are typed in twice, by two people; an organiser settles papers whose two readings differ.
    ENTER_PAPER_VOTES(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    // Accountability: the team follows the responses and the action plan; organisers keep the list of
    // recommendations, the response deadline, the members' verdict and the public page; the institution's officers
    // (and organisers on their behalf) respond and run the action plan.
    VIEW_ACCOUNTABILITY(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    MANAGE_RECOMMENDATIONS(Scope.ASSEMBLY, ORGANISER),
    RESPOND_TO_RECOMMENDATIONS(Scope.ASSEMBLY, ORGANISER, INSTITUTION_OFFICER),
    MANAGE_ACTIONS(Scope.ASSEMBLY, ORGANISER, INSTITUTION_OFFICER),
    // The final report: the team reads the drafts; organisers write and publish it.
    VIEW_REPORT(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    WRITE_REPORT(Scope.ASSEMBLY, ORGANISER),
    // Surveys: the team reads the results; organisers build surveys, open and close them, import and export
    // responses; facilitators also type in paper forms. Anyone with a survey's link may answer it.
    VIEW_SURVEYS(Scope.ASSEMBLY, ORGANISER, FACILITATOR, ADVISORY_BOARD, INSTITUTION_OFFICER),
    MANAGE_SURVEYS(Scope.ASSEMBLY, ORGANISER),
    ENTER_SURVEY_RESPONSES(Scope.ASSEMBLY, ORGANISER, FACILITATOR),
    // Coding free-text answers (giving them themes, picking quotes) is analysis the facilitators share.
    CODE_ANSWERS(Scope.ASSEMBLY, ORGANISER, FACILITATOR);

    /** Where a permission applies, which decides what a check needs to know besides the user. */
    public enum Scope {
        /** Needs nobody: granted to every visitor. */
        PUBLIC,
        /** Needs a logged-in, enabled user. */
        USER,
        /** Needs a user; granted to administrators and to the listed roles held anywhere. */
        PLATFORM,
        /** Needs a user and an assembly; granted to administrators and to the listed roles held there. */
        ASSEMBLY
    }

    private final Scope scope;
    private final Set<AssemblyRole> roles;

    Permission(Scope scope, AssemblyRole... roles) {
        this.scope = scope;
        this.roles = roles.length == 0 ? EnumSet.noneOf(AssemblyRole.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    public Scope scope() {
        return scope;
    }

    /** Whether holding this role (in the assembly, or anywhere for platform permissions) grants the permission. */
    public boolean grantedTo(AssemblyRole role) {
        return roles.contains(role);
    }

    public boolean isAssemblyScoped() {
        return scope == Scope.ASSEMBLY;
    }
}
