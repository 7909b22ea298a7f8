package org.minipublic.app.confirmation;

/** How a reminder reaches someone. */
public enum ReminderChannel {
    EMAIL,
    SMS
}
