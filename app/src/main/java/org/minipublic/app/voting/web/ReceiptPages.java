package org.minipublic.app.voting.web;

import java.util.Locale;
import org.minipublic.app.voting.BallotId;
import org.minipublic.app.web.KeptPages;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The page that tells a member their vote is cast, kept per ballot and language as members who are not logged in see
 * it, with each voter's own receipt in the hole. When a whole room presses "cast" in the same instant this page is
 * sent to every member within a second, the same for all but the receipt; keeping it cuts the server's work per cast
 * by about a quarter (docs/benchmarks.md, "Voting").
 */
@Component
class ReceiptPages extends KeptPages<ReceiptPages.Key> {

    /** Open ballots × languages is small. */
    private static final int LIMIT = 128;

    /** One version of the page: its ballot and language. */
    record Key(BallotId ballot, Locale locale) {}

    ReceiptPages(ThymeleafViewResolver views) {
        super(views, LIMIT);
    }
}
