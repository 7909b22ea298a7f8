/**
 * Reporting: read-only views that draw on several modules, such as an assembly's dashboard of lifecycle stages and
 * the audit log pages and exports. It writes nothing; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly"})
@NullMarked
package org.minipublic.app.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
