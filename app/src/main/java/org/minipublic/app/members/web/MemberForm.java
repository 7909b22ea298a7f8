package org.minipublic.app.members.web;

import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.members.MemberChanges;
import org.minipublic.app.members.MemberLanguage;
import org.minipublic.app.members.MemberProfile;
import org.minipublic.app.members.MemberView;
import org.minipublic.app.members.Money;
import org.minipublic.app.members.Payment;
import org.springframework.validation.Errors;

/**
 * A member's details as typed. The language is one of the interface's languages or, with {@code other}, any language
 * named in {@code otherLanguage}; amounts are pounds as typed ({@code 150}, {@code £150.50}).
 */
public class MemberForm {

    private String firstName = "";
    private String lastName = "";
    private String email = "";
    private String phone = "";
    private String language = "en";
    private String otherLanguage = "";
    private boolean interpreter;
    private String accessNeeds = "";
    private String honorarium = "0.00";
    private String expenses = "0.00";
    private boolean honorariumPaid;
    private boolean expensesPaid;
    private String wellbeingNotes = "";
    private int version;

    static MemberForm of(MemberView member) {
        var form = new MemberForm();
        var profile = member.profile();
        form.firstName = profile.firstName();
        form.lastName = profile.lastName();
        form.email = profile.email();
        form.phone = profile.phone();
        boolean supported = MemberLanguage.isSupported(profile.language());
        form.language = supported ? profile.language() : "other";
        form.otherLanguage = supported ? "" : profile.language();
        form.interpreter = profile.interpreter();
        form.accessNeeds = profile.accessNeeds();
        var payment = member.payment();
        form.honorarium = Money.plain(payment.honorariumPence());
        form.expenses = Money.plain(payment.expensesPence());
        form.honorariumPaid = payment.honorariumPaid();
        form.expensesPaid = payment.expensesPaid();
        form.wellbeingNotes = member.wellbeingNotes();
        form.version = member.version();
        return form;
    }

    MemberProfile toProfile() {
        return new MemberProfile(
                firstName,
                lastName,
                email,
                phone,
                "other".equals(language) ? otherLanguage : language,
                interpreter,
                accessNeeds);
    }

    /** The edit, or {@code null} when an amount is not one (the problem is added to {@code errors}). */
    @Nullable
    MemberChanges toChanges(boolean withNotes, Errors errors) {
        var honorariumPence = amount("honorarium", honorarium, errors);
        var expensesPence = amount("expenses", expenses, errors);
        if (honorariumPence.isEmpty() || expensesPence.isEmpty()) {
            return null;
        }
        var payment = new Payment(honorariumPence.getAsLong(), expensesPence.getAsLong(), honorariumPaid, expensesPaid);
        return new MemberChanges(toProfile(), payment, withNotes ? wellbeingNotes : null);
    }

    private static OptionalLong amount(String field, String typed, Errors errors) {
        var pence = Money.parsePence(typed);
        if (pence.isEmpty()) {
            errors.rejectValue(field, "members.amount.invalid");
        }
        return pence;
    }

    // Getters and setters for binding; null from the binder means an empty field.

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName == null ? "" : firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName == null ? "" : lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone == null ? "" : phone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language == null ? "" : language;
    }

    public String getOtherLanguage() {
        return otherLanguage;
    }

    public void setOtherLanguage(@Nullable String otherLanguage) {
        this.otherLanguage = otherLanguage == null ? "" : otherLanguage;
    }

    public boolean isInterpreter() {
        return interpreter;
    }

    public void setInterpreter(boolean interpreter) {
        this.interpreter = interpreter;
    }

    public String getAccessNeeds() {
        return accessNeeds;
    }

    public void setAccessNeeds(@Nullable String accessNeeds) {
        this.accessNeeds = accessNeeds == null ? "" : accessNeeds;
    }

    public String getHonorarium() {
        return honorarium;
    }

    public void setHonorarium(@Nullable String honorarium) {
        this.honorarium = honorarium == null ? "" : honorarium;
    }

    public String getExpenses() {
        return expenses;
    }

    public void setExpenses(@Nullable String expenses) {
        this.expenses = expenses == null ? "" : expenses;
    }

    public boolean isHonorariumPaid() {
        return honorariumPaid;
    }

    public void setHonorariumPaid(boolean honorariumPaid) {
        this.honorariumPaid = honorariumPaid;
    }

    public boolean isExpensesPaid() {
        return expensesPaid;
    }

    public void setExpensesPaid(boolean expensesPaid) {
        this.expensesPaid = expensesPaid;
    }

    public String getWellbeingNotes() {
        return wellbeingNotes;
    }

    public void setWellbeingNotes(@Nullable String wellbeingNotes) {
        this.wellbeingNotes = wellbeingNotes == null ? "" : wellbeingNotes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public String toString() {
        return "MemberForm[personal data not shown]";
    }
}
