package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.assembly.AssemblyDay;
import org.minipublic.app.assembly.AssemblyDetails;
import org.minipublic.app.identity.AssemblyRole;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.Team;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.Html;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that people typed keeps its own direction wherever it is shown. In an Urdu page an English title such as
 * "Safer streets?" would otherwise read "?Safer streets", so every place that shows user text isolates it: a
 * {@code <bdi>} element, an element with a {@code dir} attribute, or (inside a translated sentence or an attribute)
 * the Unicode isolates that mean the same.
 */
@IntegrationTest
class BidiIsolationIntegrationTests {

    /** FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the characters that mean what {@code <bdi>} means. */
    private static final char FSI = '\u2068';

    private static final char PDI = '\u2069';

    /** Attributes that hold addresses, not text anyone reads. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "action", "hx-get", "src");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Assemblies assemblies;

    @Autowired
    Identity identity;

    @Autowired
    Team team;

    @Test
    void everyPageIsolatesWhatPeopleTyped() throws Exception {
        var organiser = fixtures.user(Fixtures.unique("Olivia O'Neil (chair)."));
        var admin = fixtures.admin(Fixtures.unique("Ada Admin!"));
        var details = new AssemblyDetails(
                Fixtures.unique("Safer streets?"),
                "How can we make the borough feel safer, and by when?",
                "Forty-five residents meet (five weekends).",
                List.of("Borough Council (Policing)."),
                List.of("Open Deliberation Ltd."),
                List.of("Civic Lottery Foundation!"),
                List.of(new AssemblyDay(
                        1,
                        LocalDate.of(2027, 2, 20),
                        LocalTime.of(10, 0),
                        LocalTime.of(16, 0),
                        "Town Hall (Room 2).",
                        "1 High St., Eastbrook")));
        AssemblyId assembly = assemblies.create(Actor.system(), details);
        identity.grantRole(Actor.system(), assembly, organiser.id(), AssemblyRole.ORGANISER);
        var member = fixtures.userWithRole(Fixtures.unique("Maryam S. (member)"), assembly, AssemblyRole.MEMBER);
        team.changeRole(organiser.actor(), assembly, member.id(), AssemblyRole.FACILITATOR);
        team.changeRole(organiser.actor(), assembly, member.id(), AssemblyRole.MEMBER);
        var typed = List.of(
                details.title(),
                details.question(),
                details.description(),
                details.commissioners().get(0),
                details.deliveryPartners().get(0),
                details.days().get(0).venueName(),
                details.days().get(0).venueAddress(),
                organiser.name(),
                member.name(),
                member.email());

        String base = "/assemblies/" + assembly;
        List<Document> pages = new ArrayList<>();
        for (String path : List.of(
                "/assemblies",
                base,
                base + "/edit",
                base + "/status?to=RECRUITING",
                base + "/team",
                base + "/team/" + member.id() + "/remove",
                base + "/audit",
                base + "/addresses",
                base + "/invitations",
                base + "/letters",
                base + "/registration",
                base + "/respondents")) {
            pages.add(urdu(path, organiser.principal()));
        }
        pages.add(urdu(base + "/member", member.principal()));
        pages.add(urdu("/admin/audit?text=" + assembly, admin.principal()));
        pages.add(urdu("/admin/audit?action=team.role-changed", admin.principal()));
        Document users;
        int usersPage = 0;
        do {
            users = urdu("/admin/users?page=" + usersPage++, admin.principal());
            pages.add(users);
        } while (users.selectFirst("main a[rel=next]") != null);

        for (String text : typed) {
            assertThat(pages).as("a page showing " + text).anyMatch(shown -> shows(shown, text));
            assertThat(pages.stream().flatMap(page -> unisolatedText(page, text).stream()))
                    .as("where " + text + " is shown without isolation")
                    .isEmpty();
        }
    }

    /** A Latin example code inside an Urdu sentence keeps its order and does not break at its hyphen. */
    @Test
    void exampleCodesInUrduHintsAreIsolatedLeftToRight() throws Exception {
        for (String path : List.of("/register", "/vote")) {
            Document page = Html.page(mvc, get(path).param("lang", "ur"));
            Element example = page.selectFirst("#code-hint bdi");
            assertThat(example).as(path).isNotNull();
            assertThat(example.attr("dir")).isEqualTo("ltr");
            assertThat(example.text()).startsWith("K7MP");
            assertThat(page.selectFirst("#code-hint").ownText())
                    .as("the code is not also in the sentence")
                    .isEmpty();
        }
    }

    private Document urdu(String path, MinipublicUser who) throws Exception {
        Document page = Html.page(mvc, get(path).param("lang", "ur").with(user(who)));
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        page.setBaseUri(path);
        return page;
    }

    /** Where the page shows {@code text} neither inside an isolating element nor between isolates. */
    static List<String> unisolatedText(Document page, String text) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (TextNode node : element.textNodes()) {
                if (!isolatedByMarks(node.getWholeText(), text) && !insideIsolatingElement(element)) {
                    found.add(page.baseUri() + " " + element.cssSelector() + " shows \""
                            + node.text().trim() + "\"");
                }
            }
            if (element.is("input[type=hidden]")) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!URL_ATTRIBUTES.contains(attribute.getKey())
                        && !isolatedByMarks(attribute.getValue(), text)
                        && !(attribute.getKey().equals("value") && element.hasAttr("dir"))) {
                    found.add(page.baseUri() + " " + element.cssSelector() + " has " + attribute.getKey() + "=\""
                            + attribute.getValue() + "\"");
                }
            }
        }
        return found;
    }

    private static boolean shows(Document page, String text) {
        return page.getAllElements().stream()
                .anyMatch(element -> element.textNodes().stream()
                                .anyMatch(node -> node.getWholeText().contains(text))
                        || element.attributes().asList().stream()
                                .anyMatch(attribute -> attribute.getValue().contains(text)));
    }

    /** True when every occurrence of {@code text} in {@code value} sits between FSI and PDI (or there is none). */
    private static boolean isolatedByMarks(String value, String text) {
        for (int at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
            boolean opened = at > 0 && value.charAt(at - 1) == FSI;
            int end = at + text.length();
            boolean closed = end < value.length() && value.charAt(end) == PDI;
            if (!opened || !closed) {
                return false;
            }
        }
        return true;
    }

    /** A {@code <bdi>} or an element with its own {@code dir}, below the page's root (whose dir is the language's). */
    private static boolean insideIsolatingElement(Element element) {
        for (Element at = element; at != null && !at.is("html"); at = at.parent()) {
            if (at.is("bdi") || at.hasAttr("dir")) {
                return true;
            }
        }
        return false;
    }
}
