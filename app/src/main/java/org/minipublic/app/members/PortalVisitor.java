package org.minipublic.app.members;

/** A member on the portal, with what its pages need of them: how to greet them and in which language. */
public record PortalVisitor(PortalMember signedIn, String firstName, String language) {

    @Override
    public String toString() {
        return "PortalVisitor[" + signedIn.member() + "]";
    }
}
