package org.minipublic.app.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Who reaches which handler, as a table: one row per handler (its HTTP method and URL pattern as registered), one
 * column per person. OK means the handler ran (a page or a redirect), NO is 403, 404 is not found, LOGIN is the
 * redirect to the login page. A path variable takes the test value named like it, or the one a row names
 * ({@code {userId=removed}}); a query string is sent as it is and is not part of the handler's pattern.
 */
final class AccessMatrix {

    /** The columns, in the order of each row's outcomes. */
    enum Who {
        ORGANISER,
        FACILITATOR,
        ADVISORY,
        OFFICER,
        MEMBER,
        OTHER_ORGANISER,
        NEWCOMER,
        ADMIN,
        ANONYMOUS
    }

    static final List<Row> ROWS = parse(
            """
            # handler                                                             ORG FAC ADV OFF MEM OTH NEW ADM ANON
            GET  /login                                                           OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /login/code                                                      OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /login/code                                                      OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            GET  /forgot-password                                                 OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /forgot-password                                                 OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /password-reset/{token}                                          OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /password-reset/{token}                                          OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /setup/{token}                                                   OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /setup/{token}                                                   OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /invitations/{token}                                             OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /invitations/{token}                                             OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /invitations/{token}/decline                                     OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /                                                                OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            GET  /assemblies                                                      OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            GET  /account/password                                                OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /account/password                                                OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            GET  /account/two-factor                                              OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /account/two-factor                                              OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /account/two-factor/backup-codes                                 OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /account/two-factor/disable                                      OK  OK  OK  OK  OK  OK  OK  OK  LOGIN
            POST /account/invitations/{invitationId=toAccept}/accept              404 404 404 404 404 404 OK  404 LOGIN
            POST /account/invitations/{invitationId=toDecline}/decline            404 404 404 404 404 404 OK  404 LOGIN
            GET  /assemblies/new                                                  OK  NO  NO  NO  NO  OK  NO  OK  LOGIN
            POST /assemblies                                                      OK  NO  NO  NO  NO  OK  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}                                         OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/edit                                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/edit                                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/status?to=RECRUITING                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/status?to=RECRUITING                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/member                                  OK  OK  NO  NO  OK  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/audit                                   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/audit.csv                               OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/team                                    OK  OK  OK  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/team/invitations?email=x&role=MEMBER    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/team/invitations/{invitationId=open}/revoke
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/team/{userId=changed}/role?role=FACILITATOR
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/team/{userId=shown}/remove              OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/team/{userId=removed}/remove            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/addresses                               OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/addresses/uploads                       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/addresses/uploads/{uploadId}            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/addresses/uploads/{uploadId}/import     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/addresses/uploads/{uploadId}/cancel     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/invitations                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/invitations                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/invitations/{roundId}                   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/invitations/{roundId}/letters.pdf       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/invitations/{roundId}/letters.csv       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/invitations/{roundId}/letters           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/invitations/{roundId}/letters/status    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/invitations/{roundId}/letters/retry     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/letters                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/letters                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/letters/sample.pdf                      OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/registration                            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/registration/settings?perHousehold=2    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/registration/categories                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/registration/categories/standard?name=Gender
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/registration/categories/{categoryId}/remove
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/phone                       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/phone                       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/uploads                     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/uploads/{uploadId}          OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/uploads/{uploadId}/import   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/uploads/{uploadId}/cancel   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/duplicates                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/export.csv                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/export.xlsx                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/{respondentId=respondent}   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/{respondentId=respondent}/edit
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/{respondentId=respondent}/edit
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/{respondentId=respondent}/withdraw
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/{respondentId=respondent}/withdraw
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/{respondentId=respondent}/reinstate
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/{respondentId=respondent}/data.json
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/respondents/{respondentId=respondent}/erase
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/respondents/{respondentId=respondent}/erase
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            # privacy: the retention period and the purge of people not chosen
            GET  /assemblies/{assemblyId}/privacy                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/privacy/retention                       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/privacy/purge                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            # about: pages about the installation
            GET  /accessibility                                                   OK  OK  OK  OK  OK  OK  OK  OK  OK
            # confirmation: the call list (recruiters have no column here: ConfirmationCallsIntegrationTests)
            GET  /assemblies/{assemblyId}/calls                                   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/calls/{respondentId}                    404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/calls/{respondentId}                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/calls/reminders?channel=SMS             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/calls/reminders?channel=EMAIL           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/programme                               OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/programme/new                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/programme/new                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/programme/{sessionId}                   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/programme/{sessionId}                   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/programme/{sessionId}/remove            404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/programme/{sessionId}/remove            404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/programme/speakers                      OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/roles                                   OK  OK  OK  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/roles/{userId=shown}                    OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/programme/speakers/new                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/programme/speakers/new                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/programme/speakers/{speakerId}          404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/programme/speakers/{speakerId}          404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/programme/speakers/{speakerId}/remove   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/programme/speakers/{speakerId}/remove   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            # evidence: materials, their versions and review (no such material: allowed people get 404), the public list
            GET  /assemblies/{assemblyId}/materials                               OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/materials/new                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/materials/new                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/materials/{materialId=sessionId}        404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/materials/{materialId=sessionId}/edit   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/edit   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/materials/{materialId=sessionId}/versions?language=en&number=1
                                                                                  404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/materials/{materialId=sessionId}/versions/new
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/versions/new
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/submit 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/review NO  NO  404 NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/approve
                                                                                  NO  NO  404 NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/request-changes
                                                                                  NO  NO  404 NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/publish
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/materials/{materialId=sessionId}/withdraw
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/withdraw
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/materials/{materialId=sessionId}/comments
                                                                                  404 NO  404 NO  NO  NO  NO  404 LOGIN
            GET  /public/assemblies/{assembly=planning}                           404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=planning}/materials                 404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=planning}/materials/{materialId=sessionId}
                                                                                  404 404 404 404 404 404 404 404 404
            GET  /assemblies/{assemblyId}/tables                                  OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/tables/plan                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/tables/settings                         OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/tables/settings                         OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/tables/pairs                            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/tables/pairs/remove                     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/tables/{sessionId}                      404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/tables/{sessionId}/move                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/tables/{sessionId}/swap                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/tables/{sessionId}/print.pdf            404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/tables/{sessionId}/lock                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/tables/{sessionId}/show                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            # deliberation: themes and draft recommendations
            GET  /assemblies/{assemblyId}/drafts                                  OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/drafts/themes                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/drafts/themes/{themeId}/remove          404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/drafts/new                              OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/drafts/new                              OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/drafts/{draftId}                        404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/drafts/{draftId}/revise                 404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/revise                 404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/amendments             404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/amendments/{amendmentId}
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/review-round                     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/reviews                NO  NO  404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/final                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/withdraw               404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/reopen                 404 404 NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/drafts/merge                            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/drafts/merge                            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/drafts/{draftId}/split                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/split                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/comments               404 404 NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/drafts/{draftId}/comments/{commentId=draftId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/drafts/{draftId}/comments/{commentId=draftId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            # voting: ballots, codes, results, the room screen
            GET  /assemblies/{assemblyId}/ballots                                 OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/ballots/new                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/ballots/new                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}                      404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/edit                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/edit                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/open                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/open                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/close                404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/close                404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/remove               404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/remove               404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/items                404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/items/from-drafts    404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/items/{itemId}       404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/items/{itemId}       404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/items/{itemId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/items/{itemId}/up    404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/codes                404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/codes                404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/codes/{batch}/void   404 404 NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/paper                404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/paper                404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/paper/settle         404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/results              404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/votes.csv            404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/definition.txt       404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/statements?item=00000000-0000-0000-0000-000000000001
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ballots/{ballotId}/statements/{statementId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/room                 404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ballots/{ballotId}/room/live            404 404 404 404 NO  NO  NO  404 LOGIN
            # accountability: responses, the members' verdict, the action plan, the public page
            GET  /assemblies/{assemblyId}/responses                               OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/responses/bring-in                      OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/responses/from-ballot?ballot=00000000-0000-0000-0000-000000000002
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/responses/new                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/responses/due                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/responses/publish                       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/responses/{recommendationId}            404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/responses/{recommendationId}            404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/responses/{recommendationId}/verdict    404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/responses/{recommendationId}/remove     404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/verdicts                                OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/verdicts/open                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/verdicts/close                          OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/verdicts/publish                        OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/actions                                 OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/actions/new                             OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/actions/new                             OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/actions/{actionId}                      404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/actions/{actionId}/edit                 404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/actions/{actionId}/edit                 404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/actions/{actionId}/milestones           404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/actions/{actionId}/milestones/{milestoneId}/done
                                                                                  404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/actions/{actionId}/updates              404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/actions/reminders                       OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/progress-reports                        OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/progress-reports/schedule               OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/progress-reports/prepare                404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/progress-reports/{reportId}             404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/progress-reports/{reportId}             404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/progress-reports/{reportId}/publish     404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/progress-reports/{reportId}
                                                                                  404 404 404 404 404 404 404 404 404
            GET  /assemblies/{assemblyId}/meetings                                OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/meetings/new                            OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/meetings/new                            OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/meetings/{meetingId}                    404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/meetings/{meetingId}/edit               404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/meetings/{meetingId}/edit               404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/meetings/{meetingId}/delete             404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/meetings/{meetingId}/decisions          404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/meetings/{meetingId}/decisions/{decisionId}/remove
                                                                                  404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/accountability          404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/updates.atom            404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/recommendations.csv     404 404 404 404 404 404 404 404 404
            POST /public/assemblies/{assembly=assemblyId}/subscribe               404 404 404 404 404 404 404 404 404
            GET  /public/subscriptions/{token}                                    404 404 404 404 404 404 404 404 404
            POST /public/subscriptions/{token}/confirm                            404 404 404 404 404 404 404 404 404
            POST /public/subscriptions/{token}/unsubscribe                        404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/actions.csv             404 404 404 404 404 404 404 404 404
            GET  /api/v1/assemblies/{id=assemblyId}/recommendations               404 404 404 404 404 404 404 404 404
            GET  /api/v1/assemblies/{id=assemblyId}/responses                     404 404 404 404 404 404 404 404 404
            GET  /api/v1/assemblies/{id=assemblyId}/actions                       404 404 404 404 404 404 404 404 404
            # followup: events after the assembly, sign-ups on the public site
            GET  /assemblies/{assemblyId}/events                                  OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/events/new                              OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/events/new                              OK  NO  NO  OK  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}               404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}/edit          404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/events/{eventId=actionId}/edit          404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/events/{eventId=actionId}/publish       404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}/cancel        404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/events/{eventId=actionId}/cancel        404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}/delete        404 NO  NO  404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/events/{eventId=actionId}/delete        404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}/sign-ups      404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/events/{eventId=actionId}/sign-ups.csv  404 NO  NO  404 NO  NO  NO  404 LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/events                  404 404 404 404 404 404 404 404 404
            POST /public/assemblies/{assembly=assemblyId}/events/{event=actionId}/sign-up
                                                                                  404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/events/{event=actionId}.ics
                                                                                  404 404 404 404 404 404 404 404 404
            GET  /public/event-sign-ups/{token}                                   404 404 404 404 404 404 404 404 404
            POST /public/event-sign-ups/{token}/confirm                           404 404 404 404 404 404 404 404 404
            POST /public/event-sign-ups/{token}/cancel                            404 404 404 404 404 404 404 404 404
            # report: the final report
            GET  /assemblies/{assemblyId}/report                                  OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/report                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/report/publish                          OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/report.pdf                              OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/report                  404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/report.pdf              404 404 404 404 404 404 404 404 404
            # messaging: mailings to respondents
            GET  /assemblies/{assemblyId}/mailings                                OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/mailings/preview                        OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/mailings                                OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/mailings/{mailingId}                    404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/mailings/{mailingId}/letters.pdf        404 NO  NO  NO  NO  NO  NO  404 LOGIN
            # planning: the recruitment plan and its top-up round
            GET  /assemblies/{assemblyId}/recruitment/plan                        OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/recruitment/plan                        OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/recruitment/plan/top-up                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/targets                                 OK  NO  OK  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/targets                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/draws                                   OK  NO  OK  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/draws                                   OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/draws/{drawId}                          404 NO  404 NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/draws/{drawId}/record.json              404 NO  404 NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/draws/{drawId}/bundle.zip               404 NO  404 NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/draws/{drawId}/withdrawals?respondent=00000000-0000-0000-0000-000000000001&reason=DECLINED
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/draws/{drawId}/replacements             404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/draws/{drawId}/alternates?budget=3      404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/draws/{drawId}/alternates/declines?respondent=00000000-0000-0000-0000-000000000001
                                                                                  OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/draws/{drawId}          404 404 404 404 404 404 404 404 404
            GET  /assemblies/{assemblyId}/ceremonies/{ceremonyId}                 404 NO  404 NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ceremonies/{ceremonyId}/reveal?digits=31415 404 NO NO NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ceremonies/{ceremonyId}/again           404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/ceremonies/{ceremonyId}/cancel?reason=x 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ceremonies/{ceremonyId}/commitment.txt  404 NO  404 NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/ceremonies/{ceremonyId}/pseudonyms.csv  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /public/assemblies/{assembly=assemblyId}/ceremonies/{ceremonyId} 404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/ceremonies/{ceremonyId}/commitment.txt 404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/ceremonies/{ceremonyId}/commitment.sha256 404 404 404 404 404 404 404 404 404
            GET  /public/assemblies/{assembly=assemblyId}/ceremonies/{ceremonyId}/result.txt 404 404 404 404 404 404 404 404 404
            GET  /api/v1/assemblies                                               OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /api/v1/assemblies/{id=planning}/draws                           404 404 404 404 404 404 404 404 404
            GET  /register                                                        OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /register                                                        OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /register/form                                                   OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal                                                          OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal                                                          OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/home                                                     OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal/sign-out                                                 OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/surveys/{surveyId}                                       OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/materials/{materialId=sessionId}                         OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/materials/{materialId=sessionId}/file                    OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal/surveys/{surveyId}                                       OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/verdict                                                  OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal/verdict                                                  OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/drafts                                                   OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /portal/drafts/{draftId}                                         OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal/drafts/{draftId}/comments                                OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /portal/drafts/{draftId}/amendments                              OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /vote                                                            OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /vote                                                            OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /vote/review                                                     OK  OK  OK  OK  OK  OK  OK  OK  OK
            POST /vote/cast                                                       OK  OK  OK  OK  OK  OK  OK  OK  OK
            GET  /admin/users                                                     NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /admin/users/{userId=disabled}/enabled?enabled=false             NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /admin/users/{userId=resetFor}/password-reset                    NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /admin/users/{userId=resetFor}/two-factor-reset                  NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /admin/users/{userId=resetFor}/two-factor-reset                  NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /admin/audit                                                     NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /admin/audit.csv                                                 NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /admin/outbox                                                    NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /admin/outbox/{messageId}                                        NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /admin/outbox/{messageId}/retry                                  NO  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members                                 OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/new                             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/{memberId}                      OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/{memberId}/edit                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/{memberId}/edit                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/cards                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/cards                           OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/{memberId}/card                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/{memberId}/withdraw             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/{memberId}/withdraw             OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/{memberId}/data.json            OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/{memberId}/erase                OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/{memberId}/erase                OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/check-in                        OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/check-in/{date}                 OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/check-in/{date}/{memberId}      OK  OK  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/uploads                         OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/uploads/{uploadId}              OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/uploads/{uploadId}/import       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/members/uploads/{uploadId}/cancel       OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/finance                         OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/members/finance.csv                     OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            # surveys: questionnaires, their public form, paper entry, imports and results
            GET  /assemblies/{assemblyId}/surveys                                 OK  OK  OK  OK  NO  NO  NO  OK  LOGIN
            POST /assemblies/{assemblyId}/surveys                                 OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}                      404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}                      404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/open                 404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/close                404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/delete               404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/preview              404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/questions            404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/questions/{questionId}
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/questions/{questionId}
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/questions/{questionId}/translations
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/questions/{questionId}/move
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/questions/{questionId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/paper                404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/paper                404 404 NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/results              404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/trend                404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/results/{questionId}.svg
                                                                                  404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/results/{questionId}.png
                                                                                  404 404 404 404 NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/responses.csv        404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/responses.xlsx       404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/uploads              OK  NO  NO  NO  NO  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/uploads/{uploadId}   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/uploads/{uploadId}   404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/uploads/{uploadId}/import
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/uploads/{uploadId}/cancel
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/coding               404 404 404 404 NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/codes         404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/codes/{codeId}
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/codes/{codeId}/remove
                                                                                  404 NO  NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/answers/{response}?question=00000000-0000-0000-0000-000000000002
                                                                                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/suggestions?question=00000000-0000-0000-0000-000000000002
                                                                                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/surveys/{surveyId}/coding/quotes/new?question=00000000-0000-0000-0000-000000000002&response=00000000-0000-0000-0000-000000000003
                                                                                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/quotes?question=00000000-0000-0000-0000-000000000002&response=00000000-0000-0000-0000-000000000003
                                                                                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/coding/quotes/{quoteId}/remove
                                                                                  404 404 NO  NO  NO  NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/surveys/{surveyId}/audience             404 NO  NO  NO  NO  NO  NO  404 LOGIN
            GET  /assemblies/{assemblyId}/member/surveys                          OK  OK  NO  NO  OK  NO  NO  OK  LOGIN
            GET  /assemblies/{assemblyId}/member/surveys/{surveyId}               404 404 NO  NO  404 NO  NO  404 LOGIN
            POST /assemblies/{assemblyId}/member/surveys/{surveyId}               404 404 NO  NO  404 NO  NO  404 LOGIN
            GET  /public/surveys/{token}                                          404 404 404 404 404 404 404 404 404
            POST /public/surveys/{token}                                          404 404 404 404 404 404 404 404 404
            GET  /public/surveys/{token}/thanks                                   404 404 404 404 404 404 404 404 404
            """);

    private AccessMatrix() {}

    static List<String> handlers() {
        return ROWS.stream().map(Row::handler).toList();
    }

    enum Outcome {
        OK,
        NO,
        NOT_FOUND,
        LOGIN,
        OTHER;

        static Outcome parse(String text) {
            return text.equals("404") ? NOT_FOUND : valueOf(text);
        }

        static Outcome of(MockHttpServletResponse response) {
            int status = response.getStatus();
            if (status >= 300 && status < 400) {
                String location = response.getRedirectedUrl();
                return location != null && location.endsWith("/login") ? LOGIN : OK;
            }
            return switch (status) {
                case 200 -> OK;
                case 403 -> NO;
                case 404 -> NOT_FOUND;
                default -> OTHER;
            };
        }
    }

    /** One handler: its method, the URL as written in the table, and what each person gets. */
    record Row(String method, String written, List<Outcome> outcomes) {

        private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?:=(\\w+))?}");

        /** The method and URL pattern as the application registers them. */
        String handler() {
            return method + " " + VARIABLE.matcher(written.split("\\?")[0]).replaceAll("{$1}");
        }

        Outcome expected(Who who) {
            return outcomes.get(who.ordinal());
        }

        /** The URL to request, with each variable replaced by its test value. */
        String url(Map<String, String> testValues) {
            Matcher matcher = VARIABLE.matcher(written);
            var url = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(1);
                matcher.appendReplacement(url, Matcher.quoteReplacement(testValues.get(name)));
            }
            return matcher.appendTail(url).toString();
        }

        @Override
        public String toString() {
            return method + " " + written;
        }
    }

    /** Reads the table; a row too long for one line continues, with its outcomes, on the next. */
    private static List<Row> parse(String table) {
        String joined = table.replaceAll("\n\\s{20,}", " ");
        return joined.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+"))
                .map(AccessMatrix::row)
                .toList();
    }

    private static Row row(String[] cells) {
        var outcomes = Arrays.stream(cells, 2, cells.length).map(Outcome::parse).toList();
        if (outcomes.size() != Who.values().length) {
            throw new IllegalArgumentException(String.join(" ", cells) + ": needs one outcome per person");
        }
        return new Row(cells[0], cells[1], outcomes);
    }
}
