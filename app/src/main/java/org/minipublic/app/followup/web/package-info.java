/** Pages for follow-up events: staff plan them and see who signed up; residents find them and sign up. */
@NullMarked
package org.minipublic.app.followup.web;

import org.jspecify.annotations.NullMarked;
