/**
 * The public site's front page of an assembly: what it was asked, who commissioned it, when it meets and its
 * programme, and the way to each of its public pages that is out (materials, the draw, the report, the responses and
 * events). It stores nothing: each part comes from the module that owns it, which decides what is public.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "assembly",
            "programme",
            "evidence",
            "selection",
            "report",
            "accountability"
        })
@NullMarked
package org.minipublic.app.publicsite;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
