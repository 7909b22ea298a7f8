package org.minipublic.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application over real HTTP with two-factor sign-in required for administrators and organisers, as in
 * production (other tests switch it off). Test classes that use only this annotation share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "minipublic.security.two-factor.required=true")
@Import({Fixtures.class, Outbox.class})
public @interface TwoFactorRequiredTest {}
