/**
 * Members: the people who take part in an assembly, whether a selected respondent who confirmed (the selection
 * module calls {@link org.minipublic.app.members.Members#enrol}) or someone imported from a file or added by hand.
 * It keeps their contact details, language and interpreter need, access and support needs, wellbeing notes (seen only
 * by roles that hold {@code VIEW_WELLBEING_NOTES}), honorarium and expenses, attendance on each of the assembly's
 * days, and withdrawal with the member who replaced them.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "identity::limits", "assembly", "recruitment"})
@NullMarked
package org.minipublic.app.members;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
