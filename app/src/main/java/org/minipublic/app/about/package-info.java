/**
 * About: pages about the installation itself rather than an assembly, open to everyone, such as the accessibility
 * statement.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
@NullMarked
package org.minipublic.app.about;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
