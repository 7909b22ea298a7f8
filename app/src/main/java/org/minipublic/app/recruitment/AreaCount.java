package org.minipublic.app.recruitment;

/** One area of the address list: how many households it has and how many of them have been invited. */
public record AreaCount(String area, int households, int invited) {

    public int notInvited() {
        return households - invited;
    }
}
