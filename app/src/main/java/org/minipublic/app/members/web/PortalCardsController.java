package org.minipublic.app.members.web;

import java.io.IOException;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberId;
import org.minipublic.app.members.PortalCards;
import org.minipublic.app.shared.Actor;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * Printing sign-in cards for the member portal. A card's code exists in clear only in the PDF made when it is issued,
 * so printing is the issuing: cards for members without one, new cards for everyone, or a new card for one member.
 */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members")
@RequiresPermission(Permission.MANAGE_MEMBERS)
class PortalCardsController {

    private final PortalCards cards;
    private final String baseUrl;

    PortalCardsController(PortalCards cards, @Value("${minipublic.base-url}") String baseUrl) {
        this.cards = cards;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/cards")
    String page(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("count", cards.count(actor, assemblyId));
        model.addAttribute("portalAddress", baseUrl + "/portal");
        // Cards printed with a local address would send members nowhere.
        model.addAttribute("localAddress", baseUrl.contains("localhost") || baseUrl.contains("127.0.0.1"));
        return "members/cards";
    }

    @PostMapping("/cards")
    ResponseEntity<byte[]> issue(
            @PathVariable AssemblyId assemblyId,
            Actor actor,
            @RequestParam(defaultValue = "false") boolean everyone,
            @RequestParam(defaultValue = "false") boolean confirm)
            throws IOException {
        if (everyone && !confirm) {
            // Replacing every card locks everyone out until the new ones are handed over: only when ticked.
            return back(assemblyId, "?unconfirmed");
        }
        var pdf = cards.issueAndPrint(actor, assemblyId, everyone);
        if (pdf.length == 0) {
            // Nothing to print: back to the page, which says that every member has a card.
            return back(assemblyId, "");
        }
        return pdf(pdf, "sign-in-cards-" + assemblyId + ".pdf");
    }

    @PostMapping("/{memberId}/card")
    ResponseEntity<byte[]> issueOne(@PathVariable AssemblyId assemblyId, @PathVariable MemberId memberId, Actor actor)
            throws IOException {
        return pdf(cards.issueAndPrint(actor, assemblyId, memberId), "sign-in-card-" + memberId + ".pdf");
    }

    private static ResponseEntity<byte[]> back(AssemblyId assemblyId, String query) {
        return ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, "/assemblies/" + assemblyId + "/members/cards" + query)
                .build();
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(pdf);
    }
}
