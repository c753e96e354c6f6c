/**
 * The value game: stakeholders from each side place a partnership's outcomes among priced everyday
 * goods, in rounds, in the room or on paper; each group's value is the median of its placements,
 * and a value becomes a stakeholder-derived SROI proxy. Tables {@code value_game},
 * {@code value_game_good}, {@code value_game_outcome}, {@code value_game_round},
 * {@code value_game_player} and {@code value_game_placement}.
 */
@org.springframework.modulith.NamedInterface("game")
package org.phasezero.value.game;
