/** Pages for targets and draws. */
@NullMarked
package org.minipublic.app.selection.web;

import org.jspecify.annotations.NullMarked;
