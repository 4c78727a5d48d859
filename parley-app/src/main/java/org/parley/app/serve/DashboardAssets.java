package org.parley.app.serve;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The dashboard's files and the OpenAPI description: a fixed list, read from the classpath once at start. The
 * server hands out only these, by name, so no path a request sends can reach any other file.
 */
final class DashboardAssets {
  /** One file with its media type. */
  record Asset(String contentType, byte[] content) {
    Asset {
      requireNonNull(contentType, "contentType is null");
      requireNonNull(content, "content is null");
    }
  }

  private static final String FOLDER = "/org/parley/app/serve/";
  private static final Map<String, String> TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "dashboard.js", "text/javascript; charset=utf-8",
      "dashboard.css", "text/css; charset=utf-8",
      "openapi.json", "application/json; charset=utf-8");

  private final Map<String, Asset> assets;

  private DashboardAssets(Map<String, Asset> assets) {
    this.assets = Map.copyOf(assets);
  }

  static DashboardAssets bundled() {
    Map<String, Asset> assets = new java.util.HashMap<>();
    for (Map.Entry<String, String> type : TYPES.entrySet()) {
      String resource = FOLDER + type.getKey();
      try (InputStream input = DashboardAssets.class.getResourceAsStream(resource)) {
        if (input == null) {
          throw new IllegalStateException("dashboard file missing from the jar: " + resource);
        }
        assets.put(type.getKey(), new Asset(type.getValue(), input.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return new DashboardAssets(assets);
  }

  Asset get(String name) {
    Asset asset = assets.get(name);
    if (asset == null) {
      throw new IllegalArgumentException("no dashboard file " + name);
    }
    return asset;
  }
}
