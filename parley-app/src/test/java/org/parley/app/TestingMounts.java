package org.parley.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Full and read-only file systems for the store's error tests: a small tmpfs, and read-only paths, by permissions
 * where they bind the user and by a read-only bind mount where they do not (root). Mounting needs root, or
 * CAP_SYS_ADMIN; where it is refused the test is skipped with the reason. Closing undoes everything.
 */
final class TestingMounts implements AutoCloseable {
  private final Deque<Path> mounted = new ArrayDeque<>();
  private final List<Path> permissionsTaken = new ArrayList<>();

  /** Mounts an empty tmpfs of {@code size} (as mount writes it: 3m) on a new folder. */
  Path tmpfs(Path folder, String size) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    mount("a " + size + " tmpfs", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", folder.toString());
    mounted.push(folder);
    return folder;
  }

  /** Changes a mount's options: {@code size=64m} gives a full tmpfs its space back. */
  void remount(Path folder, String options) throws IOException, InterruptedException {
    mount("the remount " + options, "-o", "remount," + options, folder.toString());
  }

  /** Makes a file or folder read-only for this process. */
  void readOnly(Path path) throws IOException, InterruptedException {
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
    if (!Files.isWritable(path)) {
      permissionsTaken.add(path);
      return;
    }
    // Root writes whatever the permissions say: only a read-only file system stops it.
    Files.setPosixFilePermissions(path, before);
    mount("a bind mount", "--bind", path.toString(), path.toString());
    mounted.push(path);
    mount("a read-only bind mount", "-o", "remount,ro,bind", path.toString());
  }

  private static void mount(String what, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mount"));
    command.addAll(List.of(arguments));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "skipped: this test needs " + what + ", and there is no mount command here: " + e.getMessage());
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll("\\s*\n\\s*", "; ");
    boolean done = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    assumeTrue(done, "skipped: this test needs " + what + ", and mount was refused here (run as root, or with CAP_SYS_ADMIN): " + output);
  }

  @Override
  public void close() throws IOException, InterruptedException {
    for (Path path : permissionsTaken) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
    while (!mounted.isEmpty()) {
      Path path = mounted.pop();
      Process process = new ProcessBuilder("umount", path.toString()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("cannot unmount " + path + ": " + output);
      }
    }
  }
}
