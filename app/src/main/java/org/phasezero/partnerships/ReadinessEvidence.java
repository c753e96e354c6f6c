package org.phasezero.partnerships;

import java.util.List;

/**
 * Implemented by capabilities that hold evidence of readiness (shared spaces, payments and
 * funding), so that partnerships can assess readiness without depending on them.
 */
public interface ReadinessEvidence {

  List<ReadinessCheck> check(Partnership partnership);
}
