/**
 * Notifications: e-mails to users, sent when other modules publish events (a team invitation). Every message is kept
 * with its delivery status, but never with its one-time links. Without SMTP settings, messages are written to the
 * outbox folder and shown on the outbox page instead of being sent. Retrying a message is audited.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly", "recruitment"})
@NullMarked
package org.minipublic.app.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
