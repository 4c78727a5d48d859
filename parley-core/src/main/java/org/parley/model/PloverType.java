package org.parley.model;

/** The sixteen PLOVER event types (2021 ontology). */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT
}
