package org.minipublic.grouping.io;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.minipublic.grouping.GroupingResult;
import org.minipublic.grouping.model.FacilitatorId;
import org.minipublic.grouping.model.Member;
import org.minipublic.grouping.model.MemberId;
import org.minipublic.grouping.model.Plan;

/**
 * Printable pages: the table plan (a page per session, a box per table) and name cards (one per member, with their
 * table in every session), in English, Polish or Urdu (right to left), each card in its member's language if asked.
 * Plain HTML with print styles, so any browser prints them.
 */
public final class PrintedPlan {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;color:#0b0c0c;margin:1.5rem;"
            + "line-height:1.4}h1{font-size:1.6rem}section{break-after:page}"
            + ".tables{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}"
            + ".table{border:2px solid #0b0c0c;padding:.5rem 1rem;break-inside:avoid}"
            + ".table h3{margin:.2rem 0 .5rem;font-size:1.3rem}.table ul{margin:0;padding-inline-start:1.2rem}"
            + ".facilitator{font-style:italic}"
            + ".card{height:46vh;border:1px dashed #505a5f;margin-bottom:1rem;display:flex;flex-direction:column;"
            + "justify-content:center;align-items:center;break-inside:avoid}"
            + ".card .name{font-size:2.6rem;font-weight:700;text-align:center}"
            + ".card ol{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;font-size:1.1rem}"
            + "@media print{body{margin:0}.card{height:48vh}}";

    /** The languages the printed pages come in. */
    public static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"), Locale.forLanguageTag("ur"));

    private PrintedPlan() {}

    public static String tablePlan(GroupingResult result, Locale language) {
        var words = new Words(language);
        var html = head(words, "plan.title");
        int sessions = result.layout().sessions();
        for (int s = 0; s < sessions; s++) {
            html.append("<section>\n<h1>")
                    .append(words.get("plan.session", s + 1, sessions))
                    .append("</h1>\n");
            html.append("<div class=\"tables\">\n");
            var members = result.members(s);
            var facilitators = result.facilitators(s);
            for (int t = 0; t < members.size(); t++) {
                boolean accessible = result.layout().accessible()[s][t];
                table(html, words, t, accessible, facilitators.get(t), sorted(result, members.get(t), language));
            }
            html.append("</div>\n</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A box for one table: its number, its facilitators, then its members in alphabetical order. */
    private static void table(
            StringBuilder html,
            Words words,
            int t,
            boolean accessible,
            List<FacilitatorId> facilitators,
            List<Member> members) {
        html.append("<div class=\"table\">\n<h3>")
                .append(words.get(accessible ? "plan.table.accessible" : "plan.table", t + 1))
                .append("</h3>\n<ul>\n");
        for (var id : facilitators) {
            html.append("<li class=\"facilitator\">")
                    .append(words.get("plan.facilitator", escape(id.value())))
                    .append("</li>\n");
        }
        for (var member : members) {
            html.append("<li>").append(escape(member.label())).append("</li>\n");
        }
        html.append("</ul>\n</div>\n");
    }

    public static String nameCards(GroupingResult result, Locale language) {
        return nameCards(result, language, Map.of());
    }

    /**
     * @param cardLanguages members whose card is in another language than the page (one of {@link #LANGUAGES})
     */
    public static String nameCards(GroupingResult result, Locale language, Map<MemberId, Locale> cardLanguages) {
        var pageWords = new Words(language);
        var html = head(pageWords, "cards.title");
        var members = result.problem().members();
        for (int p = 0; p < members.size(); p++) {
            Locale own = cardLanguages.getOrDefault(members.get(p).id(), language);
            card(html, own.equals(language) ? pageWords : new Words(own), pageWords, result, p);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Member p's card, marked with its own language and direction when they are not the page's. */
    private static void card(StringBuilder html, Words words, Words pageWords, GroupingResult result, int p) {
        html.append("<div class=\"card\"");
        if (words != pageWords) {
            html.append(" lang=\"")
                    .append(words.language.toLanguageTag())
                    .append("\" dir=\"")
                    .append(words.get("direction"))
                    .append('"');
        }
        html.append(">\n<div class=\"name\">")
                .append(escape(result.problem().members().get(p).label()))
                .append("</div>\n<ol>\n");
        for (int s = 0; s < result.layout().sessions(); s++) {
            html.append("<li>")
                    .append(words.get("cards.session", s + 1))
                    .append(": <strong>")
                    .append(seat(words, result.plan().tableOf()[s][p]))
                    .append("</strong></li>\n");
        }
        html.append("</ol>\n</div>\n");
    }

    /** A member's table in a session, or a dash for a held session they were not at. */
    private static String seat(Words words, int table) {
        return table == Plan.ABSENT ? "–" : words.get("cards.table", table + 1);
    }

    /**
     * Alphabetical as a reader of the page's language expects: accents and case do not push a name to the end of the
     * list, and in Polish Ś comes after every S.
     */
    private static List<Member> sorted(GroupingResult result, List<MemberId> ids, Locale language) {
        var byId = new java.util.HashMap<MemberId, Member>();
        result.problem().members().forEach(p -> byId.put(p.id(), p));
        return ids.stream()
                .map(byId::get)
                .sorted(Comparator.comparing(Member::label, Collator.getInstance(language)))
                .toList();
    }

    private static StringBuilder head(Words words, String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(words.language.toLanguageTag())
                .append("\" dir=\"")
                .append(words.get("direction"))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(words.get(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    /** The page's words in one language, never falling back to the machine's own language. */
    private static final class Words {
        private final Locale language;
        private final ResourceBundle bundle;

        Words(Locale language) {
            if (!LANGUAGES.contains(language)) {
                throw new IllegalArgumentException("printed pages come in " + LANGUAGES + ", not " + language);
            }
            this.language = language;
            this.bundle = ResourceBundle.getBundle(
                    "org.minipublic.grouping.io.printed",
                    language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key, Object... arguments) {
            return new MessageFormat(bundle.getString(key), language).format(arguments);
        }
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
