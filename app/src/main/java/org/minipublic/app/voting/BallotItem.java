package org.minipublic.app.voting;

/**
 * One thing members vote on: a recommendation's final text, or a question.
 *
 * @param position its place on the ballot, from 0
 */
public record BallotItem(ItemId id, int position, String title, String body) {}
