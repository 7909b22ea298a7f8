package org.minipublic.app.members.web;

import java.util.List;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.members.SignInCard;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Printing sign-in cards for the member portal. A card's code exists in clear only in the PDF made when it is issued,
 * so printing is the issuing: cards for members without one, new cards for everyone, or a new card for one member.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members")
@RequiresPermission(Permission.MANAGE_MEMBERS)
class PortalCardsController {

    private final PortalCards cards;

    PortalCardsController(PortalCards cards) {
        this.cards = cards;
    }

    @GetMapping("/cards")
    String page(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("count", cards.count(actor, assemblyId));
        return "members/cards";
    }

    @PostMapping("/cards")
    ResponseEntity<StreamingResponseBody> issue(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "false") boolean everyone,
            @RequestParam(defaultValue = "false") boolean confirm) {
        if (everyone && !confirm) {
            // Replacing every card locks everyone out until the new ones are handed over: only when ticked.
            return back(assemblyId, "?unconfirmed");
        }
        var issued = cards.issue(actor, assemblyId, everyone);
        if (issued.isEmpty()) {
            // Nothing to print: back to the page, which says that every member has a card.
            return back(assemblyId, "");
        }
        return pdf(issued, "sign-in-cards-" + assemblyId + ".pdf");
    }

    @PostMapping("/{memberId}/card")
    ResponseEntity<StreamingResponseBody> issueOne(
            @PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor) {
        return pdf(List.of(cards.issue(actor, assemblyId, memberId)), "sign-in-card-" + memberId + ".pdf");
    }

    private static ResponseEntity<StreamingResponseBody> back(AssemblyId assemblyId, String query) {
        return ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, "/assemblies/" + assemblyId + "/members/cards" + query)
                .build();
    }

    private ResponseEntity<StreamingResponseBody> pdf(List<SignInCard> issued, String fileName) {
        StreamingResponseBody body = out -> cards.print(issued, out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }
}
