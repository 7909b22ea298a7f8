package org.minipublic.app.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.RequiresPermission;
import org.minipublic.app.shared.AssemblyId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks, before any handler whose URL names an {@code {assemblyId}} runs, that the current user holds the
 * permission its {@link RequiresPermission} names in that assembly. A handler that forgot the annotation is refused.
 */
class AssemblyAccessInterceptor implements HandlerInterceptor {

    static final String ASSEMBLY_VARIABLE = "assemblyId";

    private final Identity identity;

    AssemblyAccessInterceptor(Identity identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        String rawId = pathVariables(request).get(ASSEMBLY_VARIABLE);
        if (rawId == null) {
            return true;
        }
        RequiresPermission required = requiredPermission(method);
        if (required == null) {
            throw new AccessDeniedException(method.getShortLogMessage() + " names an assembly but no permission");
        }
        AssemblyId assembly = parse(rawId);
        var principal = SecurityContextHolder.getContext().getAuthentication();
        if (principal == null || !(principal.getPrincipal() instanceof MinipublicUser user)) {
            throw new AccessDeniedException("not logged in");
        }
        if (!identity.hasPermission(user.userId(), assembly, required.value())) {
            throw new AccessDeniedException("no " + required.value() + " in this assembly");
        }
        return true;
    }

    static RequiresPermission requiredPermission(HandlerMethod method) {
        RequiresPermission onMethod = method.getMethodAnnotation(RequiresPermission.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresPermission.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static AssemblyId parse(String rawId) {
        try {
            return AssemblyId.valueOf(rawId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
