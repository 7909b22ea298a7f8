/**
 * The shared kernel: typed identifiers and the acting user, which every module may use. It holds no behaviour
 * and no tables; anything that grows logic belongs in a proper module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.minipublic.app.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
