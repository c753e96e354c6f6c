package org.phasezero.value.game;

import java.math.BigDecimal;

/** An everyday good with its price, among which outcomes are placed. */
public record GameGood(long id, String name, BigDecimal price) {}
