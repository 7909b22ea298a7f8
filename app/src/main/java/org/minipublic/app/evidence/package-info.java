/**
 * Evidence materials: the files and written pages the assembly learns from (papers, slides, images, briefings), each
 * with its perspective and topic, its versions and its translations. The advisory board reviews each material before
 * organisers publish it; members read the published ones, and the public those marked public.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "identity", "assembly", "programme", "members", "members::portal"})
@NullMarked
package org.minipublic.app.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
