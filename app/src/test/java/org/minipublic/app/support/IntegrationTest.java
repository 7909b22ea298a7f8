package org.minipublic.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its own database with MockMvc, {@link Fixtures} and the {@link Outbox}. Test classes that
 * use only this annotation share one Spring context, which keeps the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Documents that fail are tried again after a second, not half a minute, so that tests of failures end soon.
@SpringBootTest(properties = "minipublic.documents.retry-after=PT1S")
@AutoConfigureMockMvc
@Import({Fixtures.class, Outbox.class})
public @interface IntegrationTest {}
