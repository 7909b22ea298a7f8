/**
 * Demo mode ({@code --demo}): a synthetic assembly modelled on a real one, and one user per role, so that a new
 * installation can be explored at once. Loading is idempotent; nothing here runs without the {@code demo} profile.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "assembly", "recruitment"})
@NullMarked
package org.minipublic.app.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
