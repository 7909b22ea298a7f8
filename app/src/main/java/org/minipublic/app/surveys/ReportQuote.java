package org.minipublic.app.surveys;

/** A quote as the final report prints it: the words, and the survey and question they answered. */
public record ReportQuote(String survey, String question, String text) {}
