package org.minipublic.app.surveys;

/** A members' survey as a member's page lists it. */
public record MemberSurvey(SurveyId id, String title, boolean identified, boolean answered) {}
