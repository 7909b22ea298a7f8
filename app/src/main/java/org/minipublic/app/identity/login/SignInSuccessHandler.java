package org.minipublic.app.identity.login;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After a right password: to the code page when a code must follow, keeping the page asked for before login for
 * {@link SecondStep}; otherwise to that page, or to the start.
 */
final class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccessHandler(RequestCache returnAfterLogin) {
        signedIn.setRequestCache(returnAfterLogin);
        signedIn.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof SecondFactorPending) {
            response.sendRedirect(request.getContextPath() + TwoFactorGate.CODE_PAGE);
            return;
        }
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }
}
