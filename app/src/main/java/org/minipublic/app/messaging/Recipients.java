package org.minipublic.app.messaging;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.minipublic.app.recruitment.PostalContact;
import org.minipublic.app.recruitment.PostalContacts;
import org.minipublic.app.recruitment.RespondentContact;
import org.minipublic.app.recruitment.RespondentContacts;
import org.minipublic.app.recruitment.RespondentId;
import org.minipublic.app.selection.Draw;
import org.minipublic.app.selection.DrawPerson;
import org.minipublic.app.selection.Draws;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.stereotype.Component;

/** Works out who is in an audience, from the pool (recruitment) and the first finished draw (selection). */
@Component
class Recipients {

    private final RespondentContacts contacts;
    private final PostalContacts postal;
    private final Draws draws;

    Recipients(RespondentContacts contacts, PostalContacts postal, Draws draws) {
        this.contacts = contacts;
        this.postal = postal;
        this.draws = draws;
    }

    /** The assembly's first finished original draw, which the panel, reserves and thank-you follow. */
    Optional<Draw> draw(AssemblyId assembly) {
        return draws.all(assembly).stream()
                .filter(d -> d.replaces() == null && d.status() == Draw.Status.DONE)
                .min(Comparator.comparingInt(Draw::number));
    }

    /** The people with an e-mail address in the audience; empty when it needs a draw and there is none. */
    List<RespondentContact> of(Actor actor, AssemblyId assembly, Audience audience) {
        var in = members(actor, assembly, audience);
        return contacts.withEmail(actor, assembly).stream()
                .filter(c -> in.test(c.id()))
                .toList();
    }

    /** The people in the audience who gave no e-mail address, to be written to on paper. */
    List<PostalContact> byPost(Actor actor, AssemblyId assembly, Audience audience) {
        var in = members(actor, assembly, audience);
        return postal.withoutEmail(actor, assembly).stream()
                .filter(c -> in.test(c.id()))
                .toList();
    }

    /** How many in the audience gave no e-mail address. */
    int unreachable(Actor actor, AssemblyId assembly, Audience audience) {
        return byPost(actor, assembly, audience).size();
    }

    /** Who belongs to the audience: nobody when it needs a draw and there is none. */
    private Predicate<RespondentId> members(Actor actor, AssemblyId assembly, Audience audience) {
        if (!audience.needsDraw()) {
            return id -> true;
        }
        var draw = draw(assembly);
        if (draw.isEmpty()) {
            return id -> false;
        }
        var seated = Set.copyOf(draws.panel(actor, assembly, draw.get().id()).seated());
        Set<RespondentId> chosen = new HashSet<>(seated);
        for (DrawPerson person : draws.people(actor, assembly, draw.get().id())) {
            if (person.selected()) {
                chosen.add(person.respondent());
            }
        }
        return audience == Audience.PANEL ? seated::contains : id -> !chosen.contains(id);
    }
}
