/**
 * Member checking: participants read what was made of their words (a plain-language summary, the
 * themes, and the quotes taken from their own turns) by a one-time link that needs no account, or
 * on paper, and agree, disagree, comment or withdraw a quote; a withdrawn quote leaves every place
 * quotes flow. Tables {@code member_check}, {@code member_check_theme} and
 * {@code member_check_quote}.
 */
@org.springframework.modulith.NamedInterface("checking")
package org.phasezero.evidence.checking;
