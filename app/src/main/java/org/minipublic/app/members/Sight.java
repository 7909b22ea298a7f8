package org.minipublic.app.members;

/**
 * What of a member the reader may see beyond name, language, needs and attendance, which everyone who may see members
 * sees.
 *
 * @param details contact details, category values, payments and the reason for withdrawal ({@code MANAGE_MEMBERS})
 * @param wellbeing the wellbeing notes ({@code VIEW_WELLBEING_NOTES})
 */
public record Sight(boolean details, boolean wellbeing) {

    public static final Sight EVERYTHING = new Sight(true, true);
}
