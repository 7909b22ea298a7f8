/**
 * The audit log: an append-only record of every state-changing action (who, what, which assembly, when, and a
 * before/after summary without personal data). Modules write to it through {@link org.minipublic.app.audit.AuditLog}
 * in the same transaction as the change, so an action is logged if and only if it happened.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.minipublic.app.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
