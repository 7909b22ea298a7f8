/**
 * The web shell shared by every page: one layout, the language switcher, friendly error pages. It holds no feature
 * controllers; those live in each module's {@code web} package.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.minipublic.app.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
