/**
 * Planning: how many invitation letters each area needs so that the pool can meet every target with a margin, and,
 * after a round, a top-up round for the areas and groups that fall short. It reads the address list and the pool
 * (recruitment) and the targets (selection), keeps the organiser's expected response rates, and draws the top-up
 * through the recruitment module.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "identity", "assembly", "recruitment", "selection"})
@NullMarked
package org.minipublic.app.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
