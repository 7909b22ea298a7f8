package org.minipublic.app.accountability.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.accountability.ActionStatus;
import org.minipublic.app.accountability.ProgressReports;
import org.minipublic.app.accountability.PublicAccountability;
import org.minipublic.app.accountability.PublicRecord;
import org.minipublic.app.assembly.Assemblies;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.minipublic.app.web.LanguageParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public page where residents follow what became of an assembly's recommendations: each with its vote, the
 * institution's response, the members' verdict and the actions answering it; the action plan with a status filter
 * and a progress chart; the latest updates, also as an Atom feed. Shown only once organisers publish it; it names no
 * member. The path names the assembly {@code assembly}, not {@code assemblyId}, so the staff navigation stays off.
 */
@Controller
@RequiresPermission(Permission.OPEN_PUBLIC_PAGE)
class PublicAccountabilityController {

    private final PublicAccountability accountability;
    private final Assemblies assemblies;
    private final MessageSource messages;

    private final String baseUrl;
    private final PublicFragments fragments;
    private final ProgressReports reports;
    private final PublicPages pages;

    PublicAccountabilityController(
            PublicAccountability accountability,
            ProgressReports reports,
            Assemblies assemblies,
            MessageSource messages,
            @Value("${minipublic.base-url}") String baseUrl,
            PublicFragments fragments,
            PublicPages pages) {
        this.accountability = accountability;
        this.assemblies = assemblies;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.fragments = fragments;
        this.reports = reports;
        this.pages = pages;
    }

    @GetMapping("/public/assemblies/{assembly}/accountability")
    View page(
            @PathVariable("assembly") AssemblyId assemblyId,
            @RequestParam(defaultValue = "") String status,
            CsrfToken csrf,
            Locale locale,
            @Nullable Principal visitor,
            HttpServletRequest request,
            Model model)
            throws Exception {
        var record = published(assemblyId);
        // The page ends with the subscription form, whose token must be stored before the page starts to be sent.
        String token = csrf.getToken();
        var chosen = StatusFilter.parse(status);
        String title = title(assemblyId);
        var reportList = reports.published(assemblyId);
        var shown = List.of(record, reportList, title);
        var key = keptAs(assemblyId, chosen, visitor, request, locale);
        var kept = key == null ? Optional.<View>empty() : pages.kept(key, shown, token);
        if (kept.isPresent()) {
            return kept.get();
        }
        model.addAttribute("record", record);
        model.addAttribute("assemblyId", assemblyId);
        model.addAttribute("assemblyTitle", title);
        model.addAttribute("chosen", chosen);
        model.addAttribute("statuses", org.minipublic.app.accountability.ActionStatus.values());
        model.addAttribute("chart", ProgressChart.of(StatusFilter.counts(record.actions())));
        model.addAttribute("recommendationsHtml", fragments.recommendations(assemblyId, record, locale));
        model.addAttribute("planHtml", fragments.plan(assemblyId, record, chosen, locale));
        model.addAttribute("reports", reportList);
        model.addAttribute("meetingsHtml", fragments.meetings(assemblyId, record, locale));
        return pages.render(key, shown, "accountability/public", locale, token);
    }

    /**
     * Under which key the page may be kept for others: only as a visitor who is not logged in sees it (the header
     * shows a logged-in user's name), without a notice for them, and only at its plain address or with a known
     * filter, so that made-up query strings cannot crowd out the pages residents read.
     */
    private static PublicPages.@Nullable Key keptAs(
            AssemblyId assemblyId,
            @Nullable ActionStatus chosen,
            @Nullable Principal visitor,
            HttpServletRequest request,
            Locale locale) {
        var flashed = RequestContextUtils.getInputFlashMap(request);
        if (visitor != null || (flashed != null && !flashed.isEmpty())) {
            return null; // a notice or problem from the form just sent is for this visitor alone
        }
        String query = LanguageParameter.removedFrom(request.getQueryString());
        boolean known =
                chosen == null ? query.isEmpty() || query.equals("status=") : query.equals("status=" + chosen.name());
        return known ? new PublicPages.Key(assemblyId, locale, query) : null;
    }

    @GetMapping("/public/assemblies/{assembly}/updates.atom")
    void feed(@PathVariable("assembly") AssemblyId assemblyId, HttpServletResponse response, Locale locale)
            throws IOException {
        var record = published(assemblyId);
        // The configured address, not the request's Host header, which a client chooses.
        String page = baseUrl + "/public/assemblies/" + assemblyId + "/accountability";
        response.setContentType("application/atom+xml;charset=UTF-8");
        UpdatesFeed.write(
                assemblyId,
                title(assemblyId),
                page,
                record.updates(),
                reports.published(assemblyId),
                messages,
                locale,
                response.getOutputStream());
    }

    private PublicRecord published(AssemblyId assemblyId) {
        return accountability
                .published(assemblyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String title(AssemblyId assemblyId) {
        return assemblies
                .find(assemblyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
                .title();
    }
}
