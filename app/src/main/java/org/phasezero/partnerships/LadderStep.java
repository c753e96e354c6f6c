package org.phasezero.partnerships;

/**
 * The ladder of co-production (after Arnstein's ladder of participation, as adapted by Think Local
 * Act Personal): seven steps from coercion to co-production, read in three groups. Activities carry
 * the step they reached so that a network sees whether it is doing things to, for or with people.
 */
public enum LadderStep {
  COERCION(Group.TO),
  EDUCATING(Group.TO),
  INFORMING(Group.FOR),
  CONSULTATION(Group.FOR),
  ENGAGEMENT(Group.FOR),
  CO_DESIGN(Group.WITH),
  CO_PRODUCTION(Group.WITH);

  /** Doing to people, doing for people, doing with people. */
  public enum Group { TO, FOR, WITH }

  private final Group group;

  LadderStep(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }
}
