package org.minipublic.app.members;

/** The assembly's active members and how many of them hold a sign-in card for the portal. */
public record CardCount(int active, int withCard) {

    public int without() {
        return active - withCard;
    }
}
