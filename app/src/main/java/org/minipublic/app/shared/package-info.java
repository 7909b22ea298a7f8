/**
 * The shared kernel: typed identifiers, the acting user, and the safe ways to write spreadsheet cells and to keep the
 * names of uploaded files, which every module may use. It holds no tables and no domain behaviour; anything that grows
 * logic belongs in a proper module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.minipublic.app.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
