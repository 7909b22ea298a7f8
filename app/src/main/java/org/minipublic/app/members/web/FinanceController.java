package org.minipublic.app.members.web;

import java.nio.charset.StandardCharsets;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.members.MemberFinance;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Honoraria and expenses: the summary and the file for the finance team. */
@Controller
@RequestMapping("/assemblies/{assemblyId}/members")
@RequiresPermission(Permission.MANAGE_MEMBERS)
class FinanceController {

    private final MemberFinance finance;

    FinanceController(MemberFinance finance) {
        this.finance = finance;
    }

    @GetMapping("/finance")
    String summary(@PathVariable AssemblyId assemblyId, Actor actor, Model model) {
        model.addAttribute("finance", finance.summary(actor, assemblyId));
        return "members/finance";
    }

    @GetMapping("/finance.csv")
    ResponseEntity<StreamingResponseBody> export(@PathVariable AssemblyId assemblyId, Actor actor) {
        // Checked now, not only while streaming: a refusal must be a 403, not a broken download.
        finance.summary(actor, assemblyId);
        StreamingResponseBody body = out -> finance.export(actor, assemblyId, out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("members-finance-" + assemblyId + ".csv")
                                .build()
                                .toString())
                .body(body);
    }
}
