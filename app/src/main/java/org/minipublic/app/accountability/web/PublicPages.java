package org.minipublic.app.accountability.web;

import java.util.Locale;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.web.KeptPages;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Whole public accountability pages as visitors who are not logged in see them, kept while the record, progress
 * reports and title they show are unchanged, with each visitor's own subscription-form token in the hole. Under a
 * public event's load this page was rendered a hundred and fifty times a second, each time the same but for the token.
 */
@Component
class PublicPages extends KeptPages<PublicPages.Key> {

    /** Assemblies × languages × filters is small. */
    private static final int LIMIT = 256;

    /** One version of a page: its assembly, language and the filter in its address (without {@code lang=}). */
    record Key(AssemblyId assembly, Locale locale, String query) {}

    PublicPages(ThymeleafViewResolver views) {
        super(views, LIMIT);
    }
}
