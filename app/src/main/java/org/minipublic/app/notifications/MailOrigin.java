package org.minipublic.app.notifications;

/**
 * What a message was written for, stored with it so that a {@link MailWriter} can write it again: a message whose
 * one-time link was removed from storage needs a fresh link when it is retried.
 *
 * @param kind the writer that wrote it, such as {@code team.invitation}
 * @param reference the id the message is about, in that writer's terms
 */
record MailOrigin(String kind, String reference) {}
