package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.serve.TestingStores;

/** {@code parley serve}'s bad usage: one line on stderr and exit code 2, before anything listens. */
class ServeCommandLineTest {
  @TempDir
  Path folder;

  @Test
  void aMissingStoreIsBadInput() {
    CommandRun run = CommandRun.of("serve", "--db", folder.resolve("missing.duckdb").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).containsExactly("parley: " + folder.resolve("missing.duckdb") + ": no such event store");
  }

  @Test
  void aPortOutOfRangeIsBadUsage() {
    CommandRun run = CommandRun.of("serve", "--db", TestingStores.newsStore(folder).toString(), "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.parleyErrors()).containsExactly("parley: serve: port must be 0 to 65535: 70000");
  }

  @Test
  void aPortInUseIsBadUsage() throws Exception {
    Path store = TestingStores.newsStore(folder);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CommandRun run = CommandRun.of("serve", "--db", store.toString(), "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.parleyErrors()).singleElement().asString()
          .startsWith("parley: --port: cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
