/**
 * Identity: user accounts, login, and each user's role in each assembly. It decides who may do what: other modules
 * mark their pages with {@link org.minipublic.app.identity.RequiresPermission} and take the acting user as an
 * {@link org.minipublic.app.shared.Actor} parameter. A user has at most one role per assembly.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package org.minipublic.app.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
