package org.parley.actor;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Location;

/** Countries, capitals, cities and regions with coordinates, from {@code places.tsv}; read-only, thread-safe. */
public final class PlaceTable {
  private final Map<String, Location> places = new HashMap<>();

  private PlaceTable(List<TabularFile.Row> rows) {
    for (TabularFile.Row row : rows) {
      try {
        double latitude = Double.parseDouble(row.cell(2));
        double longitude = Double.parseDouble(row.cell(3));
        List<String> names = TabularFile.list(row.cell(0));
        for (String name : names) {
          // Seas and wide regions that belong to no single country are marked XXX in the table.
          String country = row.cell(1).equals("XXX") ? "" : row.cell(1);
          places.putIfAbsent(NameKey.of(name), new Location(names.get(0), country, latitude, longitude));
        }
      } catch (NumberFormatException e) {
        throw row.problem("bad coordinates: " + e.getMessage());
      }
    }
  }

  public static PlaceTable bundled() {
    return new PlaceTable(TabularFile.resource("/org/parley/actor/places.tsv", 4));
  }

  /** Every place of the table once, under its first name: a gazetteer to draw, as the dashboard's map does. */
  public List<Location> locations() {
    return List.copyOf(new LinkedHashSet<>(places.values()));
  }

  /** The place a name denotes, reported with the name as the text gives it. */
  public Optional<Location> find(String name) {
    Location place = places.get(NameKey.of(name));
    if (place == null) {
      return Optional.empty();
    }
    return Optional.of(new Location(name, place.country(), place.latitude(), place.longitude()));
  }
}
