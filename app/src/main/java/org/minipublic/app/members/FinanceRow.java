package org.minipublic.app.members;

/** One member as finance needs them: who to pay, how to reach them, and what they are owed. */
public record FinanceRow(
        MemberId id,
        String firstName,
        String lastName,
        String email,
        String phone,
        MemberStatus status,
        Payment payment,
        int daysAttended) {

    public String name() {
        return firstName + " " + lastName;
    }

    @Override
    public String toString() {
        return "FinanceRow[" + id + "]";
    }
}
