package org.minipublic.app.accountability;

/**
 * When an assembly's action owners are reminded.
 *
 * @param daysBefore how many days before a milestone's due date its action's owner is reminded, if it is not done
 * @param quietDays after how many days without a progress update the owner is reminded to post one
 */
public record ReminderSettings(int daysBefore, int quietDays) {

    public static final ReminderSettings DEFAULT = new ReminderSettings(14, 90);
    public static final int MOST_DAYS_BEFORE = 365;
    public static final int FEWEST_QUIET_DAYS = 7;
    public static final int MOST_QUIET_DAYS = 730;
}
