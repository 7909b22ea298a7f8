package org.minipublic.app.messaging;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final Draws draws;

    Recipients(RespondentContacts contacts, Draws draws) {
        this.contacts = contacts;
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
        var everyone = contacts.withEmail(actor, assembly);
        if (!audience.needsDraw()) {
            return everyone;
        }
        var draw = draw(assembly);
        if (draw.isEmpty()) {
            return List.of();
        }
        var members = Set.copyOf(draws.panel(actor, assembly, draw.get().id()).seated());
        Set<RespondentId> chosen = new HashSet<>(members);
        for (DrawPerson person : draws.people(actor, assembly, draw.get().id())) {
            if (person.selected()) {
                chosen.add(person.respondent());
            }
        }
        return everyone.stream()
                .filter(c -> switch (audience) {
                    case PANEL -> members.contains(c.id());
                    case NOT_SELECTED -> !chosen.contains(c.id());
                    case REGISTERED -> true;
                })
                .toList();
    }

    /** How many in the audience gave no e-mail address (only known for everyone registered). */
    int unreachable(Actor actor, AssemblyId assembly, Audience audience) {
        return audience == Audience.REGISTERED ? (int) contacts.withoutEmail(actor, assembly) : 0;
    }
}
