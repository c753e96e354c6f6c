package org.phasezero.discourse;

import java.util.List;

/** Words counted together, such as market language or democratic language. */
public record WordList(long id, long projectId, String name, List<String> words) {}
