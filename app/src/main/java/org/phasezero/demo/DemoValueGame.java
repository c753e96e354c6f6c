package org.phasezero.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.phasezero.value.game.GameOutcome;
import org.phasezero.value.game.GameRoom;
import org.phasezero.value.game.GameOutcomeForm;
import org.phasezero.value.game.JoinForm;
import org.phasezero.value.game.PaperForm;
import org.phasezero.value.game.StakeholderGroup;
import org.phasezero.value.game.Valuation;
import org.phasezero.value.game.ValueGame;
import org.phasezero.value.game.ValueGameForm;
import org.phasezero.value.game.ValueGames;
import org.springframework.stereotype.Component;

/**
 * The demo's value game: the Tamil reference group and the service valued the account's outcomes
 * in January, fourteen players in two rounds, eight on their phones and six on paper. The community
 * side puts wellbeing and therapy in Tamil well above the statutory side, which values kept
 * appointments more; in round 2, after talking it over, everyone moves a step towards the room.
 */
@Component
class DemoValueGame {

  static final String TITLE = "Valuing the first year, with both sides";

  /** Where each side centres an outcome, as a position among the starter goods (0 to 14). */
  private record Card(String name, String description, int community, int statutory) {}

  static final List<String> OUTCOMES = List.of("Improved mental wellbeing", "Started talking therapy in Tamil",
      "More confident speaking with services", "Fewer missed first appointments");

  private static final List<Card> CARDS = List.of(
      new Card(OUTCOMES.get(0), "Feeling better in yourself, week to week", 11, 9),
      new Card(OUTCOMES.get(1), "Being seen in your own language", 10, 7),
      new Card(OUTCOMES.get(2), "Speaking up to a GP or a council officer", 9, 5),
      new Card(OUTCOMES.get(3), "Keeping the first appointment you were offered", 5, 8));

  private static final List<StakeholderGroup> PLAYERS = List.of(StakeholderGroup.COMMUNITY_MEMBER,
      StakeholderGroup.COMMUNITY_MEMBER, StakeholderGroup.COMMUNITY_MEMBER, StakeholderGroup.COMMUNITY_MEMBER,
      StakeholderGroup.COMMUNITY_MEMBER, StakeholderGroup.COMMUNITY_STAFF, StakeholderGroup.COMMUNITY_STAFF,
      StakeholderGroup.COMMUNITY_STAFF, StakeholderGroup.STATUTORY_STAFF, StakeholderGroup.STATUTORY_STAFF,
      StakeholderGroup.STATUTORY_STAFF, StakeholderGroup.COMMISSIONER, StakeholderGroup.COMMISSIONER,
      StakeholderGroup.COMMISSIONER);

  private final ValueGames games;
  private final GameRoom room;
  private final DemoCalendar calendar;

  DemoValueGame(ValueGames games, GameRoom room, DemoCalendar calendar) {
    this.games = games;
    this.room = room;
    this.calendar = calendar;
  }

  /** Plays the game; answers the game's outcomes by name. */
  Map<String, GameOutcome> play(long partnership, Random random) {
    ValueGameForm f = new ValueGameForm();
    f.setPartnershipId(partnership);
    f.setTitle(TITLE);
    f.setPlayedOn(calendar.on(2026, 1, 20));
    f.setPlace("Sri Murugan Temple hall");
    f.setValuation(Valuation.LOWER_BOUND);
    ValueGame g = games.create(f);
    games.addStarterGoods(g.id());
    Map<String, GameOutcome> outcomes = new LinkedHashMap<>();
    for (Card c : CARDS) {
      outcomes.put(c.name(), games.addOutcome(g.id(), new GameOutcomeForm(c.name(), c.description())));
    }
    int top = games.board(g.id()).positions() - 1;
    List<String> phones = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JoinForm j = new JoinForm();
      j.setCode(g.joinCode());
      j.setLabel("Player " + (i + 1));
      j.setGroup(PLAYERS.get(i));
      phones.add(room.join(j));
    }
    for (int round = 1; round <= 2; round++) {
      games.openRound(g.id());
      int spread = round == 1 ? 2 : 1;
      for (int i = 0; i < PLAYERS.size(); i++) {
        Map<Long, Integer> places = new LinkedHashMap<>();
        for (Card c : CARDS) {
          int centre = PLAYERS.get(i).side() == org.phasezero.network.Side.COMMUNITY ? c.community() : c.statutory();
          if (round == 2) {
            centre += Integer.signum((c.community() + c.statutory()) / 2 - centre);
          }
          places.put(outcomes.get(c.name()).id(), Math.max(0, Math.min(top, centre - spread
              + random.nextInt(2 * spread + 1))));
        }
        if (i < phones.size()) {
          room.place(phones.get(i), places);
        } else {
          PaperForm p = new PaperForm();
          p.setLabel("Sheet " + (i - phones.size() + 1));
          p.setGroup(PLAYERS.get(i));
          p.setRound(round);
          p.setPositions(places);
          games.enterPaper(g.id(), p);
        }
      }
      games.closeRound(g.id());
    }
    return outcomes;
  }
}
