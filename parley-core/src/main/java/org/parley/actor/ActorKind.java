package org.parley.actor;

import java.util.Optional;

/** What a named entity is, as the NER tags it: a person or an organisation. */
public enum ActorKind {
  PERSON,
  ORGANIZATION;

  /** The kind a named-entity tag denotes, if it is one of these. */
  public static Optional<ActorKind> ofEntity(String entityTag) {
    return switch (entityTag) {
      case "PERSON" -> Optional.of(PERSON);
      case "ORGANIZATION" -> Optional.of(ORGANIZATION);
      default -> Optional.empty();
    };
  }
}
