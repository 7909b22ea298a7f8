package org.minipublic.app.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.minipublic.app.support.Fixtures;
import org.minipublic.app.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A survey made from a template is worded in every interface language, Bengali included: its Bengali wording comes
 * from messages_bn, not from the English fallback, which would be stored as if it were a translation.
 */
@IntegrationTest
class BengaliSurveyTemplatesIntegrationTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Fixtures fixtures;

    @Test
    void aTemplateSurveyIsWordedInBengali() {
        var organiser = fixtures.user("Bengali Surveys Organiser");
        var assembly = fixtures.assembly(organiser, Fixtures.unique("Bengali surveys"));
        var id = surveys.create(organiser.actor(), assembly, "Weekend 1", SurveyTemplate.FEEDBACK, Locale.ENGLISH);

        var questions = surveys.survey(organiser.actor(), assembly, id).questions();

        assertThat(questions).isNotEmpty().allSatisfy(question -> {
            var english = question.text("en");
            var bengali = question.text("bn");
            assertThat(bengali.prompt()).isNotEqualTo(english.prompt()).containsPattern("[\\u0980-\\u09FF]");
            assertThat(bengali.choices()).hasSameSizeAs(english.choices());
        });
        assertThat(surveys.agreeScale("bn")).first().isEqualTo("একদম একমত নই");
    }
}
