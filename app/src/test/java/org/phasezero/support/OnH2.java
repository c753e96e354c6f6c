package org.phasezero.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one application context the tests share on H2 (in PostgreSQL mode, in memory): every test
 * class with this annotation and nothing else reuses the same running server, so the suite starts
 * Spring once per database, not once per class. Classes keep apart by the random suffix of their
 * {@link TestNetwork}. The upload limit is raised above the receipts' own, so that the application,
 * not the container, refuses an oversized receipt. {@link HandlerHits} lets the access matrices
 * prove they cover every handler.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:phasezero-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=8MB"})
@Import(HandlerHits.class)
public @interface OnH2 {}
