package org.minipublic.app.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Fixtures.TestUser;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The access policy, page by page and person by person: each role reaches its pages and no others, a user of one
 * assembly cannot open another, and anonymous visitors are sent to the login page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests {

    enum Who {
        ORGANISER,
        FACILITATOR,
        ADVISORY,
        OFFICER,
        MEMBER,
        OTHER_ORGANISER,
        ADMIN
    }

    private static final int OK = 200;
    private static final int NO = 403;

    /** One row per page: the expected status for each of the seven people, in the order of {@link Who}. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET /assemblies", OK, OK, OK, OK, OK, OK, OK),
                row("GET /assemblies/new", OK, NO, NO, NO, NO, OK, OK),
                row("GET /assemblies/A", OK, OK, OK, OK, NO, NO, OK),
                row("GET /assemblies/A/edit", OK, NO, NO, NO, NO, NO, OK),
                row("GET /assemblies/A/status?to=RECRUITING", OK, NO, NO, NO, NO, NO, OK),
                row("GET /assemblies/A/team", OK, OK, OK, NO, NO, NO, OK),
                row("GET /assemblies/A/audit", OK, NO, NO, NO, NO, NO, OK),
                row("GET /assemblies/A/audit.csv", OK, NO, NO, NO, NO, NO, OK),
                row("GET /assemblies/A/member", OK, OK, NO, NO, OK, NO, OK),
                row("POST /assemblies/A/status?to=CLOSED", 302, NO, NO, NO, NO, NO, 302),
                row("POST /assemblies/A/team/invitations", 200, NO, NO, NO, NO, NO, 200),
                row("GET /admin/users", NO, NO, NO, NO, NO, NO, OK),
                row("GET /admin/audit", NO, NO, NO, NO, NO, NO, OK),
                row("GET /admin/audit.csv", NO, NO, NO, NO, NO, NO, OK),
                row("GET /admin/outbox", NO, NO, NO, NO, NO, NO, OK),
                row("GET /account/password", OK, OK, OK, OK, OK, OK, OK),
                row("POST /admin/users/M/password-reset", NO, NO, NO, NO, NO, NO, 302));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    private final Map<Who, TestUser> people = new EnumMap<>(Who.class);
    private AssemblyId assemblyA;

    @BeforeAll
    void createPeopleAndAssemblies() {
        var organiser = fixtures.user("Organiser A");
        assemblyA = fixtures.assembly(organiser, Fixtures.unique("Assembly A"));
        var otherOrganiser = fixtures.user("Organiser B");
        fixtures.assembly(otherOrganiser, Fixtures.unique("Assembly B"));
        people.put(Who.ORGANISER, organiser);
        people.put(Who.FACILITATOR, fixtures.userWithRole("Facilitator", assemblyA, AssemblyRole.FACILITATOR));
        people.put(Who.ADVISORY, fixtures.userWithRole("Advisor", assemblyA, AssemblyRole.ADVISORY_BOARD));
        people.put(Who.OFFICER, fixtures.userWithRole("Officer", assemblyA, AssemblyRole.INSTITUTION_OFFICER));
        people.put(Who.MEMBER, fixtures.userWithRole("Member", assemblyA, AssemblyRole.MEMBER));
        people.put(Who.OTHER_ORGANISER, otherOrganiser);
        people.put(Who.ADMIN, fixtures.admin("Admin"));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void eachPersonReachesOnlyTheirPages(String page, Who who, int expected) throws Exception {
        mvc.perform(request(page).with(user(people.get(who).principal())).with(csrf()))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} anonymously -> login")
    @MethodSource("pages")
    void anonymousVisitorsAreSentToTheLoginPage(String page) throws Exception {
        var response = mvc.perform(request(page).with(csrf()));
        response.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    Stream<Arguments> cells() {
        return matrix().flatMap(row -> {
            var values = row.get();
            @SuppressWarnings("unchecked")
            var expected = (List<Integer>) values[1];
            return Stream.of(Who.values()).map(who -> Arguments.of(values[0], who, expected.get(who.ordinal())));
        });
    }

    Stream<Arguments> pages() {
        return matrix().map(row -> Arguments.of(row.get()[0]));
    }

    private MockHttpServletRequestBuilder request(String page) {
        String[] parts = page.split(" ", 2);
        String url = parts[1].replace("/A", "/" + assemblyA)
                .replace("/M/", "/" + people.get(Who.MEMBER).id() + "/");
        if (url.endsWith("/team/invitations")) {
            return post(url).param("email", "x").param("role", "FACILITATOR");
        }
        return parts[0].equals("GET") ? get(url) : post(url);
    }

    private static Arguments row(String page, Integer... expected) {
        return Arguments.of(page, List.of(expected));
    }
}
