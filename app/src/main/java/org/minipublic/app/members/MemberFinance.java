package org.minipublic.app.members;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Set;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.shared.CsvExport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Honoraria and expenses for finance: a summary page and a CSV file for the finance team, written through
 * {@link CsvExport} so that no cell can act as a spreadsheet formula.
 */
@Service
public class MemberFinance {

    static final String[] HEADER = {
        "member_id",
        "first_name",
        "last_name",
        "email",
        "phone",
        "status",
        "days_attended",
        "honorarium_gbp",
        "honorarium_paid",
        "expenses_gbp",
        "expenses_paid",
        "owed_gbp"
    };

    private final MemberListing listing;
    private final AttendanceRecords attendance;
    private final MemberAccess access;

    MemberFinance(MemberListing listing, AttendanceRecords attendance, MemberAccess access) {
        this.listing = listing;
        this.attendance = attendance;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public FinanceSummary summary(Actor actor, AssemblyId assembly) {
        access.require(actor, assembly, Permission.MANAGE_MEMBERS);
        var attended = attendance.of(assembly);
        return new FinanceSummary(listing.finance(assembly).stream()
                .map(row ->
                        withDays(row, attended.getOrDefault(row.id(), Set.of()).size()))
                .toList());
    }

    /** Writes every member's payments as CSV, withdrawn members included (they are paid for the days they came). */
    @Transactional(readOnly = true)
    public void export(Actor actor, AssemblyId assembly, OutputStream out) throws IOException {
        var summary = summary(actor, assembly);
        try (var csv = CsvExport.open(out, HEADER)) {
            for (var row : summary.rows()) {
                var payment = row.payment();
                csv.row(
                        row.id(),
                        row.firstName(),
                        row.lastName(),
                        row.email(),
                        row.phone(),
                        row.status().name().toLowerCase(Locale.ROOT),
                        row.daysAttended(),
                        Money.pounds(payment.honorariumPence()),
                        payment.honorariumPaid() ? "yes" : "no",
                        Money.pounds(payment.expensesPence()),
                        payment.expensesPaid() ? "yes" : "no",
                        Money.pounds(payment.owedPence()));
            }
        }
    }

    private static FinanceRow withDays(FinanceRow row, int days) {
        return new FinanceRow(
                row.id(), row.firstName(), row.lastName(), row.email(), row.phone(), row.status(), row.payment(), days);
    }
}
