package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minipublic.app.recruitment.FieldProblem;

class MemberRulesTests {

    static MemberProfile profile(String first, String last, String email, String phone) {
        return new MemberProfile(first, last, email, phone, "en", false, "");
    }

    @Test
    void aMemberNeedsANameAndAWayToReachThem() {
        assertThat(MemberRules.check(profile("Aisha", "Khan", "aisha@example.org", "")))
                .isEmpty();
        assertThat(MemberRules.check(profile("Aisha", "Khan", "", "07700 900123")))
                .isEmpty();
        assertThat(MemberRules.check(profile(" ", "", "", "")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("firstName", "members.firstName.required"),
                        org.assertj.core.groups.Tuple.tuple("lastName", "members.lastName.required"),
                        org.assertj.core.groups.Tuple.tuple("email", "members.contact.required"));
    }

    @Test
    void contactDetailsMustLookRight() {
        assertThat(MemberRules.check(profile("A", "B", "not-an-address", "call me")))
                .extracting(FieldProblem::messageKey)
                .containsExactly("members.email.invalid", "members.phone.invalid");
    }

    @Test
    void longTextIsRefusedWithItsLimit() {
        var long101 = "x".repeat(101);
        var needs = "y".repeat(MemberRules.MAX_NEEDS + 1);
        var problems = MemberRules.check(new MemberProfile(long101, "B", "a@b.org", "", "en", false, needs));
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("firstName", java.util.List.of(100)),
                        org.assertj.core.groups.Tuple.tuple("accessNeeds", java.util.List.of(MemberRules.MAX_NEEDS)));
        assertThat(MemberRules.checkNotes("z".repeat(MemberRules.MAX_NOTES + 1)))
                .singleElement()
                .extracting(FieldProblem::field)
                .isEqualTo("wellbeingNotes");
    }

    @Test
    void aMemberHasAtMostThirtyCategories() {
        var values = new HashMap<String, String>();
        for (int i = 0; i <= MemberRules.MAX_CATEGORIES; i++) {
            values.put("Category " + i, "Value");
        }
        var member = new NewMember(profile("A", "B", "a@b.org", ""), values, null);
        assertThat(MemberRules.check(member))
                .extracting(FieldProblem::messageKey)
                .containsExactly("members.values.too-many");
    }

    @Test
    void blankCategoriesAndValuesAreNotKept() {
        var member = new NewMember(profile("A", "B", "a@b.org", ""), Map.of(" Gender ", " Woman ", "Area", " "), null);
        assertThat(member.values()).containsExactly(Map.entry("Gender", "Woman"));
    }

    @Test
    void aWithdrawalNeedsAReasonAndAnotherMemberAsReplacement() {
        var self = MemberId.random();
        var day = LocalDate.of(2027, 3, 6);
        assertThat(MemberRules.check(new Withdrawal(day, "Moved away", MemberId.random()), self))
                .isEmpty();
        assertThat(MemberRules.check(new Withdrawal(day, "  ", self), self))
                .extracting(FieldProblem::messageKey)
                .containsExactly("members.withdraw.reason.required", "members.withdraw.replacement.self");
    }

    @Test
    void withdrawingOnADayMeansNotComingThatDay() {
        var withdrawal = new Withdrawal(LocalDate.of(2027, 3, 6), "Moved away", null);
        assertThat(withdrawal.stillExpectedOn(LocalDate.of(2027, 3, 5))).isTrue();
        assertThat(withdrawal.stillExpectedOn(LocalDate.of(2027, 3, 6))).isFalse();
        assertThat(withdrawal.stillExpectedOn(LocalDate.of(2027, 3, 20))).isFalse();
    }

    @Test
    void paymentsAreNeverNegativeAndOwedCountsOnlyTheUnpaid() {
        assertThatThrownBy(() -> new Payment(-1, 0, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payment(0, Money.MAX_PENCE + 1, false, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Payment(15_000, 1_240, true, false).owedPence()).isEqualTo(1_240);
        assertThat(new Payment(15_000, 1_240, true, false).totalPence()).isEqualTo(16_240);
    }

    @Test
    void personalDataStaysOutOfToString() {
        var profile = profile("Aisha", "Khan", "aisha@example.org", "");
        assertThat(profile.toString()).doesNotContain("Aisha", "Khan", "aisha@");
        assertThat(NewMember.byHand(profile).toString()).doesNotContain("Aisha");
        assertThat(new Withdrawal(LocalDate.of(2027, 1, 1), "Illness in the family", null).toString())
                .doesNotContain("Illness");
    }
}
