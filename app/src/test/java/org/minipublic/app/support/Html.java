package org.minipublic.app.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Rendered pages as documents, so that tests ask about elements and attributes rather than substrings. */
public final class Html {

    private Html() {}

    /** The page the request shows, which must answer 200. */
    public static Document page(MockMvc mvc, RequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
