/**
 * Technical foundations that no capability owns: the embedded PostgreSQL server used when no external database is
 * configured, and the clock. Other modules never call into this package; they receive its beans.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.minipublic.app.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
