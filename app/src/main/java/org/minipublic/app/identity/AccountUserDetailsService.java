package org.minipublic.app.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form login, which uses the e-mail address as the user name. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    AccountUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email)
                .map(MinipublicUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account for that e-mail address"));
    }
}
