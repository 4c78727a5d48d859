package org.parley.app;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code parley --version}, from the jar's manifest. */
final class Version implements IVersionProvider {
  static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"parley " + current()};
  }
}
