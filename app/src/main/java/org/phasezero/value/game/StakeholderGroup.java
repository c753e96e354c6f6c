package org.phasezero.value.game;

import org.phasezero.network.Side;

/**
 * Who a value game player is, in the groups whose valuations are compared: community members and
 * community organisations' staff stand on the community side; statutory staff and commissioners on
 * the statutory side. Labels are in the message bundle under {@code enum.StakeholderGroup.*}.
 */
public enum StakeholderGroup {
  COMMUNITY_MEMBER(Side.COMMUNITY),
  COMMUNITY_STAFF(Side.COMMUNITY),
  STATUTORY_STAFF(Side.STATUTORY),
  COMMISSIONER(Side.STATUTORY);

  private final Side side;

  StakeholderGroup(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }
}
