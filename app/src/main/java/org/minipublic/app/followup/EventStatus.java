package org.minipublic.app.followup;

/** Where an event stands: only published events are on the public site and take sign-ups. */
public enum EventStatus {
    /** Being prepared; only staff see it, and it may still be deleted. */
    DRAFT,
    /** On the public site, taking sign-ups until its closing time. */
    PUBLISHED,
    /** Called off: shown as cancelled, takes no sign-ups; everyone signed up was told. */
    CANCELLED
}
