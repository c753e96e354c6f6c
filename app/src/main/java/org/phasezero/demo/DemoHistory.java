package org.phasezero.demo;

import java.util.Random;

/**
 * A part of the demo network's history (partnerships, meetings, payments), loaded after the
 * people and organisations, in {@link #order()}. Each part uses the same seeded random source, so
 * the whole demo stays deterministic.
 */
interface DemoHistory {

  /** Lower first. Partnerships 100, spaces 200, payments 300, research 400. */
  int order();

  void load(int scale, Random random);
}
