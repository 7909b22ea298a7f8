/**
 * From a fair lottery over panels to one panel, in a way anyone can check: the lottery is rounded to a list of equally
 * likely concrete panels (Flanigan, Kehne, Procaccia, "Fair sortition made transparent", 2021), so the final draw is
 * just picking a panel number, by seeded generator or by dice in public.
 */
@NullMarked
package org.minipublic.sortition.lottery;

import org.jspecify.annotations.NullMarked;
