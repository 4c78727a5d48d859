package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * Where an event took place.
 *
 * @param text the place as the text names it
 * @param country alpha-3 country code, or empty when unknown
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record Location(String text, String country, double latitude, double longitude) {
  public Location {
    requireNonNull(text, "text is null");
    requireNonNull(country, "country is null");
  }
}
