/**
 * Technical foundations that no capability owns: the embedded PostgreSQL server used when no external database is
 * configured, the clock, and the backup and restore commands an operator runs instead of the application (called from
 * {@code main} only). Other modules never call into this package; they receive its beans.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.minipublic.app.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
