package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** What a kept page may hold, and that each later request is sent its own text in the hole. */
class KeptPagesTests {

    /** Renders whatever HTML the test last set, with the request's hole where the test put "HOLE". */
    private static final class Pages extends KeptPages<String> {

        Pages(String[] html) {
            super(
                    new ThymeleafViewResolver() {
                        @Override
                        public View resolveViewName(String name, Locale locale) {
                            return (model, request, response) -> response.getWriter()
                                    .write(html[0].replace("HOLE", String.valueOf(request.getAttribute("hole"))));
                        }
                    },
                    8);
        }
    }

    private final String[] html = {""};
    private final Pages pages = new Pages(html);

    @Test
    void aPageIsKeptAndSentAgainWithTheNextRequestsOwnText() throws Exception {
        html[0] = "<p>Your receipt: <code>HOLE</code></p>";

        assertThat(render("a1b2c3")).isEqualTo("<p>Your receipt: <code>a1b2c3</code></p>");
        assertThat(pages.size()).isEqualTo(1);
        html[0] = "changed, so a second rendering would show";

        var kept = pages.kept("ballot", "title", "d4e5f6");
        assertThat(kept).isPresent();
        assertThat(send(kept.get())).isEqualTo("<p>Your receipt: <code>d4e5f6</code></p>");
        assertThat(pages.kept("ballot", "another title", "d4e5f6"))
                .as("not when it would show something else")
                .isEmpty();
    }

    @Test
    void aPageWithTheHolesTextTwiceIsNotKept() throws Exception {
        html[0] = "<p>HOLE and again HOLE</p>";
        render("a1b2c3");
        assertThat(pages.size()).isZero();
    }

    @Test
    void aPageWithAFormTokenThatIsNotTheHoleIsNotKept() throws Exception {
        html[0] = "<p>HOLE</p><form><input type=\"hidden\" name=\"_csrf\" value=\"someone-elses-token\"/></form>";
        render("a1b2c3");
        assertThat(pages.size()).as("the token would be sent to everyone").isZero();

        html[0] = "<form><input type=\"hidden\" name=\"_csrf\" value=\"HOLE\"/></form>";
        render("the-token_itself=");
        assertThat(pages.size()).as("a form whose token is the hole").isEqualTo(1);
    }

    @Test
    void aHoleMustReadTheSameUnescapedInHtml() throws Exception {
        html[0] = "<p>HOLE</p>";
        render("<script>");
        assertThat(pages.size()).isZero();
    }

    private String render(String hole) throws Exception {
        var request = new MockHttpServletRequest();
        request.setAttribute("hole", hole);
        var response = new MockHttpServletResponse();
        pages.render("ballot", "title", "vote/done", Locale.ENGLISH, hole).render(null, request, response);
        return response.getContentAsString();
    }

    private static String send(View view) throws Exception {
        var response = new MockHttpServletResponse();
        view.render(null, new MockHttpServletRequest(), response);
        return response.getContentAsString();
    }
}
