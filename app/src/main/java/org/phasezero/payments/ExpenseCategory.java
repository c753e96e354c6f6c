package org.phasezero.payments;

/** What an expense was for. Labels under {@code enum.ExpenseCategory.*}. */
public enum ExpenseCategory {
  TRAVEL, CHILDCARE_OR_CARER, PERSONAL_ASSISTANT, INTERPRETER, ACCOMMODATION, SUBSISTENCE
}
