package org.minipublic.app.privacy.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberCopy;

/** The member record in a person's copy of their data, with plain field names. */
final class MemberJson {

    private MemberJson() {}

    static Map<String, @Nullable Object> of(MemberCopy member) {
        var profile = member.profile();
        var json = new LinkedHashMap<String, @Nullable Object>();
        json.put("memberId", member.id().toString());
        json.put("firstName", profile.firstName());
        json.put("lastName", profile.lastName());
        json.put("email", profile.email());
        json.put("phone", profile.phone());
        json.put("preferredLanguage", profile.language());
        json.put("interpreter", profile.interpreter());
        json.put("accessAndSupportNeeds", profile.accessNeeds());
        json.put("wellbeingNotes", member.wellbeingNotes());
        json.put("values", member.values());
        json.put("status", member.status().name());
        var withdrawal = member.withdrawal();
        json.put("withdrewOn", withdrawal == null ? null : withdrawal.on().toString());
        json.put("withdrawalReason", withdrawal == null ? null : withdrawal.reason());
        json.put(
                "daysAttended", member.attended().stream().map(Object::toString).toList());
        var payment = member.payment();
        json.put("honorariumPence", payment.honorariumPence());
        json.put("honorariumPaid", payment.honorariumPaid());
        json.put("expensesPence", payment.expensesPence());
        json.put("expensesPaid", payment.expensesPaid());
        json.put(
                "portalCardIssuedAt",
                member.cardIssuedAt() == null ? null : member.cardIssuedAt().toString());
        return json;
    }
}
