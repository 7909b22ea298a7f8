/**
 * Messaging: mailings, one message written by the organisers and sent by e-mail to a group of respondents (everyone
 * registered, the panel, or those not selected, who are thanked), each in their preferred language
 * where the organisers wrote one. Delivery goes through the notifications module's outbox, so each message's status
 * can be followed.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "assembly", "recruitment", "selection", "notifications"})
@NullMarked
package org.minipublic.app.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
