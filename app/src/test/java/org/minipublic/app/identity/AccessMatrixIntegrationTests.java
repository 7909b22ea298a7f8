package org.minipublic.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.Members;
import org.minipublic.app.members.NewMember;
import org.minipublic.app.notifications.Mail;
import org.minipublic.app.notifications.Notifications;
import org.minipublic.app.recruitment.AddressList;
import org.minipublic.app.recruitment.InvitationRounds;
import org.minipublic.app.recruitment.PoolImport;
import org.minipublic.app.recruitment.RoundSettings;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access policy, handler by handler and person by person. {@link AccessMatrix} has one row for every handler
 * the application registers, GET and POST alike: a new handler without a row fails
 * {@link #everyHandlerHasARowAndEveryRowAHandler}. Each row runs as nine people: the five roles of assembly A, an
 * organiser of another assembly, a user with no role, an administrator, and an anonymous visitor.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamInvitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    AddressList addresses;

    @Autowired
    InvitationRounds rounds;

    @Autowired
    Members members;

    @Autowired
    PoolImport poolImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<AccessMatrix.Who, TestUser> people = new EnumMap<>(AccessMatrix.Who.class);
    private final Map<String, String> values = new HashMap<>();

    @BeforeAll
    void createPeopleAndTheirThings() {
        var organiser = fixtures.user("Organiser A");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Assembly A"));
        var otherOrganiser = fixtures.user("Organiser B");
        fixtures.assembly(otherOrganiser, Fixtures.unique("Assembly B"));
        var newcomer = fixtures.user("Newcomer");
        people.put(AccessMatrix.Who.ORGANISER, organiser);
        people.put(AccessMatrix.Who.FACILITATOR, role("Facilitator", assembly, AssemblyRole.FACILITATOR));
        people.put(AccessMatrix.Who.ADVISORY, role("Advisor", assembly, AssemblyRole.ADVISORY_BOARD));
        people.put(AccessMatrix.Who.OFFICER, role("Officer", assembly, AssemblyRole.INSTITUTION_OFFICER));
        people.put(AccessMatrix.Who.MEMBER, role("Member", assembly, AssemblyRole.MEMBER));
        people.put(AccessMatrix.Who.OTHER_ORGANISER, otherOrganiser);
        people.put(AccessMatrix.Who.NEWCOMER, newcomer);
        people.put(AccessMatrix.Who.ADMIN, fixtures.admin("Admin"));

        values.put("assemblyId", assembly.toString());
        values.put("shown", role("Shown", assembly, AssemblyRole.MEMBER).id().toString());
        values.put(
                "removed", role("Removed", assembly, AssemblyRole.MEMBER).id().toString());
        values.put(
                "changed", role("Changed", assembly, AssemblyRole.MEMBER).id().toString());
        values.put("disabled", fixtures.user("Disabled").id().toString());
        values.put("resetFor", fixtures.user("Sent A Password Link").id().toString());
        values.put("open", invite(assembly, "invited." + System.nanoTime() + "@test.minipublic.org"));
        var elsewhere = fixtures.assembly(fixtures.user("Organiser C"), Fixtures.unique("Assembly C"));
        values.put("toAccept", invite(elsewhere, newcomer.email()));
        var another = fixtures.assembly(fixtures.user("Organiser D"), Fixtures.unique("Assembly D"));
        values.put("toDecline", invite(another, newcomer.email()));
        values.put(
                "messageId",
                notifications
                        .send(new Mail("x@test.minipublic.org", "Hello", "Hi"))
                        .toString());
        values.put("token", "not-a-real-token");
        values.put("uploadId", java.util.UUID.randomUUID().toString());
        values.put("categoryId", java.util.UUID.randomUUID().toString());
        values.put("roundId", round(assembly));
        values.put("respondent", respondent(assembly));
        // an assembly still being planned publishes nothing (assembly A moves on in the matrix's status row)
        values.put(
                "planning",
                fixtures.assembly(fixtures.user("Organiser E"), Fixtures.unique("Assembly E"))
                        .toString());
        values.put("drawId", java.util.UUID.randomUUID().toString()); // no such draw: allowed people get 404
        values.put("ceremonyId", java.util.UUID.randomUUID().toString()); // likewise
        values.put("respondentId", java.util.UUID.randomUUID().toString()); // nobody on a panel: 404 or refused
        values.put("mailingId", java.util.UUID.randomUUID().toString()); // no such mailing: allowed people get 404
        values.put("memberId", member(assembly));
        values.put("sessionId", java.util.UUID.randomUUID().toString()); // no such session: allowed people get 404
        values.put("speakerId", java.util.UUID.randomUUID().toString()); // no such speaker: allowed people get 404
        values.put("ballotId", java.util.UUID.randomUUID().toString()); // no such ballot: allowed people get 404
        values.put("itemId", java.util.UUID.randomUUID().toString());
        values.put("themeId", java.util.UUID.randomUUID().toString()); // no such theme: allowed people get 404
        values.put("draftId", java.util.UUID.randomUUID().toString()); // no such draft: allowed people get 404
        values.put("amendmentId", java.util.UUID.randomUUID().toString());
        values.put("batch", java.util.UUID.randomUUID().toString());
        values.put("statementId", java.util.UUID.randomUUID().toString());
        values.put("recommendationId", java.util.UUID.randomUUID().toString()); // none: allowed people get 404
        values.put("actionId", java.util.UUID.randomUUID().toString()); // no such action: allowed people get 404
        values.put("meetingId", java.util.UUID.randomUUID().toString()); // no such meeting: allowed people get 404
        values.put("decisionId", java.util.UUID.randomUUID().toString());
        values.put("reportId", java.util.UUID.randomUUID().toString()); // no such report: allowed people get 404
        values.put("milestoneId", java.util.UUID.randomUUID().toString());
        values.put("surveyId", java.util.UUID.randomUUID().toString()); // no such survey: allowed people get 404
        values.put("questionId", java.util.UUID.randomUUID().toString());
        values.put("codeId", java.util.UUID.randomUUID().toString());
        values.put("response", java.util.UUID.randomUUID().toString());
        values.put("quoteId", java.util.UUID.randomUUID().toString());
        values.put("date", Fixtures.details("any").days().get(0).date().toString());
    }

    /** A respondent imported into the pool, to open, edit, withdraw and put back. */
    private String respondent(AssemblyId assembly) {
        var csv = "first name,last name,email,date of birth,language,availability\n"
                + "Matrix,Respondent,matrix.respondent@example.org,1980-05-17,en,ALL\n";
        var organiser = people.get(AccessMatrix.Who.ORGANISER).actor();
        var check = poolImport.upload(organiser, assembly, "pool.csv", csv.getBytes(StandardCharsets.UTF_8));
        poolImport.importUpload(organiser, assembly, check.uploadId());
        return jdbc.sql("select id from recruitment.respondents where assembly_id = :a")
                .param("a", assembly.value())
                .query(java.util.UUID.class)
                .single()
                .toString();
    }

    /** A member to open, edit and check in. */
    private String member(AssemblyId assembly) {
        var profile = new MemberProfile("Matrix", "Member", "matrix.member@example.org", "", "en", false, "");
        return members.enrol(Actor.system(), assembly, NewMember.byHand(profile))
                .toString();
    }

    @Test
    void everyHandlerHasARowAndEveryRowAHandler() {
        Set<String> handlers = new TreeSet<>();
        List<String> withoutMethod = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("org.minipublic.")) {
                return; // the framework's own error page
            }
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                withoutMethod.add(info.toString());
            }
            methods.forEach(m -> info.getPatternValues().forEach(p -> handlers.add(m.name() + " " + p)));
        });
        assertThat(withoutMethod).as("handlers must name their HTTP method").isEmpty();
        assertThat(AccessMatrix.handlers()).as("the access matrix").containsExactlyInAnyOrderElementsOf(handlers);
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void eachPersonReachesOnlyTheirPages(AccessMatrix.Row row, AccessMatrix.Who who, AccessMatrix.Outcome expected)
            throws Exception {
        var request = request(HttpMethod.valueOf(row.method()), row.url(values)).with(csrf());
        if (who != AccessMatrix.Who.ANONYMOUS) {
            request.with(user(people.get(who).principal()));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(AccessMatrix.Outcome.of(response))
                .as("%s as %s (HTTP %d)", row, who, response.getStatus())
                .isEqualTo(expected);
    }

    Stream<Arguments> cells() {
        return AccessMatrix.ROWS.stream().flatMap(row -> Stream.of(AccessMatrix.Who.values())
                .map(who -> Arguments.of(row, who, row.expected(who))));
    }

    /** A round of two letters, so that its page and its letters exist. */
    private String round(AssemblyId assembly) {
        var csv = "address line 1,postcode,area\n1 Matrix Road,MX1 1AA,North\n2 Matrix Road,MX1 1AB,South\n";
        var check = addresses.upload(people.get(AccessMatrix.Who.ORGANISER).actor(), assembly, "a.csv", csv.getBytes());
        addresses.importUpload(Actor.system(), assembly, check.uploadId());
        return rounds.draw(Actor.system(), assembly, new RoundSettings(2, false, Map.of()), 1L)
                .id()
                .toString();
    }

    private TestUser role(String name, AssemblyId assembly, AssemblyRole role) {
        return fixtures.userWithRole(name, assembly, role);
    }

    private String invite(AssemblyId assembly, String email) {
        return invitations
                .invite(Actor.system(), assembly, email, AssemblyRole.MEMBER, Locale.ENGLISH)
                .toString();
    }
}
