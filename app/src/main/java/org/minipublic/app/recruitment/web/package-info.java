/** Pages for the address list and invitation rounds. */
@NullMarked
package org.minipublic.app.recruitment.web;

import org.jspecify.annotations.NullMarked;
