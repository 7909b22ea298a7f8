package org.minipublic.app.members;

/**
 * A printed sign-in card: the member's name, their language (for the card's words) and the code, which exists in
 * clear only here, on its way to the printer.
 */
public record SignInCard(String name, String language, String code) {

    /** The code as printed: three groups of four characters, easier to read and type. */
    public String grouped() {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    @Override
    public String toString() {
        return "SignInCard[hidden]";
    }
}
