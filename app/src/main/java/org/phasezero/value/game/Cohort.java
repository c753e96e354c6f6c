package org.phasezero.value.game;

import org.phasezero.network.Side;

/**
 * The players whose placements a value is derived from: everyone, one side, or one stakeholder
 * group. Labels are in the message bundle under {@code enum.Cohort.*}.
 */
public enum Cohort {
  EVERYONE(null, null),
  COMMUNITY_SIDE(Side.COMMUNITY, null),
  STATUTORY_SIDE(Side.STATUTORY, null),
  COMMUNITY_MEMBERS(null, StakeholderGroup.COMMUNITY_MEMBER),
  COMMUNITY_STAFF(null, StakeholderGroup.COMMUNITY_STAFF),
  STATUTORY_STAFF(null, StakeholderGroup.STATUTORY_STAFF),
  COMMISSIONERS(null, StakeholderGroup.COMMISSIONER);

  private final Side side;
  private final StakeholderGroup group;

  Cohort(Side side, StakeholderGroup group) {
    this.side = side;
    this.group = group;
  }

  public boolean includes(StakeholderGroup g) {
    return group != null ? group == g : side == null || g.side() == side;
  }
}
