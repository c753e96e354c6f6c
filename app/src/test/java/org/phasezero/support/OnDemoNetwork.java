package org.phasezero.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application as `serve --demo` starts it: the demo network is loaded once, by the demo
 * loader itself, into an in-memory H2 database that every test class with this annotation shares.
 * Tests that read the demo's story (readiness, participation over two years, payments) use it; they
 * may add their own records beside it, as {@link TestNetwork} does with its random suffix.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:phasezero-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "phasezero.demo.enabled=true", "phasezero.demo.password=demo-password-for-tests"})
public @interface OnDemoNetwork {}
