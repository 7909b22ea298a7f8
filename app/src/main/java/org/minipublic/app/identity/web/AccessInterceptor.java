package org.minipublic.app.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minipublic.app.identity.Identity;
import org.minipublic.app.identity.MinipublicUser;
import org.minipublic.app.identity.Permission;
import org.minipublic.app.identity.PermissionDeniedException;
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
 * Checks, before any of our handlers runs, that the current user holds the permission its
 * {@link RequiresPermission} names: in the {@code {assemblyId}} of the URL for assembly permissions, on the platform
 * otherwise. A handler that declares no permission is refused, so access fails closed. The facades check again.
 */
class AccessInterceptor implements HandlerInterceptor {

    static final String ASSEMBLY_VARIABLE = "assemblyId";

    /** Handlers of the framework itself (the error page) are not ours to annotate. */
    private static final String OUR_PACKAGES = "org.minipublic.";

    private final Identity identity;

    AccessInterceptor(Identity identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(OUR_PACKAGES)) {
            return true;
        }
        RequiresPermission required = requiredPermission(method);
        if (required == null) {
            throw new PermissionDeniedException(method.getShortLogMessage() + " declares no permission");
        }
        Permission permission = required.value();
        if (permission.scope() == Permission.Scope.PUBLIC) {
            return true;
        }
        var user = currentUser();
        boolean granted = permission.isAssemblyScoped()
                ? identity.hasPermission(user.userId(), assembly(request, method), permission)
                : identity.hasPermission(user.userId(), permission);
        if (!granted) {
            throw new PermissionDeniedException(permission);
        }
        return true;
    }

    static @Nullable RequiresPermission requiredPermission(HandlerMethod method) {
        RequiresPermission onMethod = method.getMethodAnnotation(RequiresPermission.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresPermission.class);
    }

    private static MinipublicUser currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MinipublicUser user)) {
            throw new AccessDeniedException("not logged in");
        }
        return user;
    }

    private static AssemblyId assembly(HttpServletRequest request, HandlerMethod method) {
        String rawId = pathVariables(request).get(ASSEMBLY_VARIABLE);
        if (rawId == null) {
            throw new PermissionDeniedException(method.getShortLogMessage() + " needs an assembly in its URL");
        }
        try {
            return AssemblyId.valueOf(rawId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
