package org.minipublic.app.members.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.Withdrawal;
import org.springframework.format.annotation.DateTimeFormat;

/** The withdrawal form: from which date, why, and who replaced them (a member id, or empty for nobody yet). */
public class WithdrawForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate on;

    private String reason = "";
    private String replacement = "";

    /** The withdrawal, or {@code null} when the date is missing. */
    @Nullable
    Withdrawal toWithdrawal() {
        if (on == null) {
            return null;
        }
        MemberId chosen;
        try {
            chosen = replacement.isBlank() ? null : MemberId.valueOf(replacement.strip());
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        return new Withdrawal(on, reason, chosen);
    }

    public @Nullable LocalDate getOn() {
        return on;
    }

    public void setOn(@Nullable LocalDate on) {
        this.on = on;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(@Nullable String replacement) {
        this.replacement = replacement == null ? "" : replacement;
    }

    @Override
    public String toString() {
        return "WithdrawForm[" + on + "]";
    }
}
