/**
 * Notifications: e-mails to users, sent when other modules publish events (an invitation, a new role). Every message
 * is kept with its delivery status. Without SMTP settings, messages are written to the outbox folder and shown on the
 * outbox page instead of being sent.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "assembly", "recruitment"})
@NullMarked
package org.minipublic.app.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
