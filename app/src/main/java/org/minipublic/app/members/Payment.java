package org.minipublic.app.members;

/**
 * What a member is paid: an honorarium for taking part and their expenses (travel, care), each in pence and each
 * marked paid when finance has paid it. They are paid separately: expenses wait for receipts.
 */
public record Payment(long honorariumPence, long expensesPence, boolean honorariumPaid, boolean expensesPaid) {

    public static final Payment NONE = new Payment(0, 0, false, false);

    public Payment {
        if (honorariumPence < 0 || honorariumPence > Money.MAX_PENCE) {
            throw new IllegalArgumentException("honorarium out of range: " + honorariumPence);
        }
        if (expensesPence < 0 || expensesPence > Money.MAX_PENCE) {
            throw new IllegalArgumentException("expenses out of range: " + expensesPence);
        }
    }

    public long totalPence() {
        return honorariumPence + expensesPence;
    }

    /** What is still to be paid. */
    public long owedPence() {
        return (honorariumPaid ? 0 : honorariumPence) + (expensesPaid ? 0 : expensesPence);
    }
}
