package org.minipublic.app.recruitment;

import org.minipublic.app.shared.AssemblyId;

/**
 * A registration code as the public registration page sees it: which assembly and household it belongs to.
 *
 * @param address the household's address on one line, shown so that people can check they typed their own code
 */
public record Invited(AssemblyId assembly, HouseholdId household, RegistrationCode code, String address, String area) {}
