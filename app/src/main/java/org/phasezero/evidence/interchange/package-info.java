/** REFI-QDA projects into and out of the database: whole-project import and export (.qdpx), for pages, API and CLI. */
@org.springframework.modulith.NamedInterface("interchange")
package org.phasezero.evidence.interchange;
