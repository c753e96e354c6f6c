/**
 * Reporting: documents made for reading away from the platform (PDF), rendered from the same
 * Thymeleaf templates and fragments as the pages, with fonts for English, Urdu and Bengali. Owns no
 * tables; capabilities ask it to render their own templates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.phasezero.reporting;
