package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberChangesTests {

    private final MemberProfile before = new MemberProfile("Aisha", "Khan", "a@example.org", "", "ur", true, "");
    private final Payment unpaid = new Payment(15_000, 0, false, false);

    @Test
    void namesTheFieldsThatChangedAndNeverTheirValues() {
        var after = new MemberProfile("Aisha", "Khan", "new@example.org", "07700 900123", "ur", true, "Hearing loop");
        var changed = MemberChanges.fieldsChanged(
                before, unpaid, "", new MemberChanges(after, new Payment(15_000, 0, true, false), null));
        assertThat(changed).containsExactly("email", "phone", "access needs", "honorarium paid");
        assertThat(String.join(",", changed)).doesNotContain("new@example.org", "Hearing");
    }

    @Test
    void notesCountOnlyWhenTheEditIncludesThem() {
        assertThat(MemberChanges.fieldsChanged(before, unpaid, "old", new MemberChanges(before, unpaid, null)))
                .isEmpty();
        assertThat(MemberChanges.fieldsChanged(before, unpaid, "old", new MemberChanges(before, unpaid, "new")))
                .containsExactly("wellbeing notes");
    }
}
