package org.minipublic.app.privacy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.privacy.DataCopy;

/**
 * A person's copy of their data as a JSON document with plain field names, so that it can be read without knowing
 * the application: what they gave, how they came, their part in each draw (as an alternate too, and their pseudonym in
 * each draw ceremony), the calls, reminders and mailings, and the member they became.
 */
final class DataCopyJson {

    private DataCopyJson() {}

    static Map<String, @Nullable Object> of(DataCopy copy) {
        var details = copy.registration().details();
        var person = details.person();
        var registration = new LinkedHashMap<String, @Nullable Object>();
        registration.put("firstName", person.firstName());
        registration.put("lastName", person.lastName());
        registration.put("email", person.email());
        registration.put("phone", person.phone());
        registration.put("dateOfBirth", String.valueOf(person.dateOfBirth()));
        registration.put("answers", copy.registration().answers());
        registration.put("area", details.area());
        registration.put("address", copy.registration().address());
        registration.put("registrationCode", copy.registration().code());
        registration.put("accessAndSupportNeeds", person.accessNeeds());
        registration.put("preferredLanguage", person.language());
        registration.put("availability", String.valueOf(person.availability()));
        registration.put("cameBy", details.source().name());
        registration.put("registeredAt", details.registeredAt().toString());
        registration.put("withdrawn", details.withdrawn());
        var json = new LinkedHashMap<String, @Nullable Object>();
        json.put("madeAt", copy.made().toString());
        json.put("respondentId", details.id().toString());
        json.put("registration", registration);
        json.put("draws", draws(copy));
        json.put("alternates", alternates(copy));
        json.put("drawCeremonies", ceremonies(copy));
        json.put("calls", calls(copy));
        json.put("reminders", reminders(copy));
        json.put("mailings", mailings(copy));
        json.put("member", copy.member() == null ? null : MemberJson.of(copy.member()));
        return json;
    }

    private static List<Map<String, @Nullable Object>> draws(DataCopy copy) {
        return copy.draws().stream()
                .map(d -> {
                    var draw = new LinkedHashMap<String, @Nullable Object>();
                    draw.put("draw", d.number());
                    draw.put("drawnAt", d.drawnAt() == null ? null : d.drawnAt().toString());
                    draw.put("algorithm", d.algorithm());
                    draw.put("chance", d.chance());
                    draw.put("chosen", d.selected());
                    draw.put("reservePlace", d.reserveRank());
                    draw.put(
                            "withdrew",
                            d.withdrawal() == null ? null : d.withdrawal().name());
                    return (Map<String, @Nullable Object>) draw;
                })
                .toList();
    }

    private static List<Map<String, @Nullable Object>> alternates(DataCopy copy) {
        return copy.alternates().stream()
                .map(a -> {
                    var alternate = new LinkedHashMap<String, @Nullable Object>();
                    alternate.put("draw", a.draw());
                    alternate.put("choice", a.choice());
                    alternate.put("place", a.place());
                    alternate.put(
                            "chosenAt",
                            a.chosenAt() == null ? null : a.chosenAt().toString());
                    alternate.put(
                            "saidNoAt",
                            a.saidNoAt() == null ? null : a.saidNoAt().toString());
                    return (Map<String, @Nullable Object>) alternate;
                })
                .toList();
    }

    /** The pseudonym is theirs to know: it lets them find themselves in the ceremony's published files. */
    private static List<Map<String, @Nullable Object>> ceremonies(DataCopy copy) {
        return copy.ceremonies().stream()
                .map(c -> {
                    var ceremony = new LinkedHashMap<String, @Nullable Object>();
                    ceremony.put("ceremony", c.ceremony());
                    ceremony.put("status", c.status());
                    ceremony.put("pseudonym", c.pseudonym());
                    ceremony.put("panelNumbersIncludingYou", c.panels());
                    return (Map<String, @Nullable Object>) ceremony;
                })
                .toList();
    }

    private static List<Map<String, @Nullable Object>> calls(DataCopy copy) {
        return copy.calls().stream()
                .map(c -> {
                    var call = new LinkedHashMap<String, @Nullable Object>();
                    call.put("at", c.at().toString());
                    call.put("outcome", c.outcome().name());
                    call.put("note", c.note());
                    call.put("calledBy", c.caller());
                    return (Map<String, @Nullable Object>) call;
                })
                .toList();
    }

    private static List<Map<String, @Nullable Object>> reminders(DataCopy copy) {
        return copy.reminders().stream()
                .map(r -> {
                    var reminder = new LinkedHashMap<String, @Nullable Object>();
                    reminder.put("at", r.at().toString());
                    reminder.put("channel", r.channel().name());
                    reminder.put("sentBy", r.sender());
                    return (Map<String, @Nullable Object>) reminder;
                })
                .toList();
    }

    private static List<Map<String, @Nullable Object>> mailings(DataCopy copy) {
        return copy.mailings().stream()
                .map(m -> {
                    var mailing = new LinkedHashMap<String, @Nullable Object>();
                    mailing.put("mailing", m.number());
                    mailing.put("sentAt", m.sentAt().toString());
                    mailing.put("subject", m.subject());
                    mailing.put("language", m.language());
                    return (Map<String, @Nullable Object>) mailing;
                })
                .toList();
    }
}
