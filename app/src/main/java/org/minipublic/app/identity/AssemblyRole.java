package org.minipublic.app.identity;

/** What a user does in one assembly. A user holds at most one role per assembly. */
public enum AssemblyRole {
    /** Runs the assembly: settings, team, recruitment, selection. Usually council or NGO staff. */
    ORGANISER,
    /** Leads tables and sessions. */
    FACILITATOR,
    /** Independent oversight of balance and evidence. */
    ADVISORY_BOARD,
    /** Staff of the commissioning institution who answer the recommendations. */
    INSTITUTION_OFFICER,
    /** A selected resident taking part. */
    MEMBER,
    /** Phones the people the lottery selected to confirm their place; sees their contact details for that. */
    RECRUITER;

    /** The message key of the role's name in the UI. */
    public String messageKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
