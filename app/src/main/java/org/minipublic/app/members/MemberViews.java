package org.minipublic.app.members;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds the view of a member a reader may see, blanking what their {@link Sight} withholds. */
final class MemberViews {

    private MemberViews() {}

    static MemberView of(
            StoredMember stored,
            Sight sight,
            @Nullable MemberId replaces,
            Map<String, String> values,
            Set<LocalDate> attended) {
        var p = stored.profile();
        var profile = sight.details()
                ? p
                : new MemberProfile(
                        p.firstName(), p.lastName(), "", "", p.language(), p.interpreter(), p.accessNeeds());
        var withdrawal = stored.withdrawal();
        if (withdrawal != null && !sight.details()) {
            withdrawal = new Withdrawal(withdrawal.on(), "", withdrawal.replacement());
        }
        return new MemberView(
                stored.id(),
                profile,
                stored.status(),
                withdrawal,
                replaces,
                sight.details() ? values : Map.of(),
                sight.details() ? stored.payment() : Payment.NONE,
                sight.wellbeing() ? stored.wellbeingNotes() : "",
                attended,
                sight,
                stored.version());
    }
}
