package org.minipublic.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The style sheet, scripts, htmx and fonts are served with a cache lifetime, and only from their folders: a link to a
 * page is written as it is without being looked up as a file (which cost most of a large page's time).
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider urls;

    @Test
    void filesAreServedWithACacheLifetime() throws Exception {
        for (String path :
                new String[] {"/css/minipublic.css", "/js/submit-once.js", "/webjars/htmx.org/dist/htmx.min.js"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=3600"));
        }
        mvc.perform(get("/fonts/NotoNaskhArabic-Regular.ttf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=2592000, public"));
    }

    @Test
    void onlyTheFilesFoldersAreLookedUp() {
        assertThat(urls.getHandlerMap()).containsOnlyKeys("/css/**", "/js/**", "/webjars/**", "/fonts/**");
        assertThat(urls.getForLookupPath("/public/assemblies/x/accountability")).isNull();
        assertThat(urls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
                .matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
    }

    @Test
    void nothingOutsideTheFoldersIsServed() throws Exception {
        for (String path : new String[] {
            "/minipublic.css",
            "/static/css/minipublic.css",
            "/application.properties",
            "/messages/messages.properties",
            "/css/../application.properties"
        }) {
            mvc.perform(get(path))
                    .andExpect(result -> assertThat(result.getResponse().getStatus())
                            .as(path)
                            .isNotEqualTo(200));
        }
    }
}
