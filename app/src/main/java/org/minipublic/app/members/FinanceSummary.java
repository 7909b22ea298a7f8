package org.minipublic.app.members;

import java.util.List;

/** Every member's honorarium and expenses, with the totals, in pence. */
public record FinanceSummary(List<FinanceRow> rows) {

    public FinanceSummary {
        rows = List.copyOf(rows);
    }

    public long honorariumPence() {
        return rows.stream().mapToLong(r -> r.payment().honorariumPence()).sum();
    }

    public long expensesPence() {
        return rows.stream().mapToLong(r -> r.payment().expensesPence()).sum();
    }

    public long totalPence() {
        return honorariumPence() + expensesPence();
    }

    public long owedPence() {
        return rows.stream().mapToLong(r -> r.payment().owedPence()).sum();
    }
}
