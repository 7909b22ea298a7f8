package org.minipublic.app.demo;

import java.util.Map;
import org.minipublic.app.messaging.Audience;
import org.minipublic.app.messaging.Draft;
import org.minipublic.app.messaging.MailingText;
import org.minipublic.app.messaging.Mailings;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/** The demo's first mailing: the panel told of their place once the draw is done, in three languages. */
@Component
class DemoMessaging {

    private final Mailings mailings;

    DemoMessaging(Mailings mailings) {
        this.mailings = mailings;
    }

    /** Sends it once: on later starts the mailing is already there. */
    void load(AssemblyId assembly, Actor organiser) {
        if (!mailings.mailings(organiser, assembly).isEmpty()) {
            return;
        }
        try {
            send(assembly, organiser);
        } catch (org.minipublic.app.shared.InvalidInputException e) {
            // the demo draw failed (it says why on its page): the demo runs on without a mailing
            org.slf4j.LoggerFactory.getLogger(DemoMessaging.class).warn("Demo mailing not sent: {}", e.messageKey());
        }
    }

    private void send(AssemblyId assembly, Actor organiser) {
        mailings.send(
                organiser,
                assembly,
                new Draft(
                        Audience.PANEL,
                        Map.of(
                                "en",
                                new MailingText(
                                        "Your place on {assembly}",
                                        """
                                        Dear {first_name},

                                        You were chosen by lot to be one of the 45 members of {assembly}. \
                                        A member of our team will phone you this week to confirm your place and \
                                        to ask what support you need to take part.

                                        With thanks,
                                        The organising team"""),
                                "pl",
                                new MailingText(
                                        "Twoje miejsce w: {assembly}",
                                        """
                                        Dzień dobry {first_name},

                                        Została Pani / został Pan wylosowana(-y) jako jedna z 45 osób \
                                        w zgromadzeniu {assembly}. W tym tygodniu zadzwoni do Pani / Pana ktoś \
                                        z naszego zespołu, aby potwierdzić udział i zapytać o potrzebne wsparcie.

                                        Z podziękowaniem,
                                        Zespół organizacyjny"""),
                                "ur",
                                new MailingText(
                                        "{assembly} میں آپ کی نشست",
                                        """
                                        محترم {first_name}،

                                        آپ کو قرعہ اندازی کے ذریعے {assembly} کے 45 اراکین میں سے ایک \
                                        چنا گیا ہے۔ ہماری ٹیم کا ایک رکن اس ہفتے آپ کو فون کر کے آپ کی \
                                        نشست کی تصدیق کرے گا اور پوچھے گا کہ شرکت کے لیے آپ کو کس مدد کی ضرورت ہے۔

                                        شکریہ کے ساتھ،
                                        منتظم ٹیم"""))));
    }
}
