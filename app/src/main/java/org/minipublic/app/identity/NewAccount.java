package org.minipublic.app.identity;

/** What it takes to create an account. The password is checked against {@code PasswordPolicy} and then hashed. */
public record NewAccount(String email, String displayName, String password, boolean platformAdmin) {

    @Override
    public String toString() {
        return "NewAccount[platformAdmin=" + platformAdmin + "]"; // never print the password or the address
    }
}
