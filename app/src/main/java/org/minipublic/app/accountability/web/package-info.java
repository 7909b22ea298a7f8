/** Pages for the institution's responses, the members' verdict, the action plan and the public accountability page. */
@NullMarked
package org.minipublic.app.accountability.web;

import org.jspecify.annotations.NullMarked;
