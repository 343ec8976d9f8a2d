package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heavylegs.ShippedKbase;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher script ({@code ./heavylegs}), run as a user runs it: through symbolic links
 * from other folders, and from an install it cannot write. Each install is a copy of the launcher
 * and kbase/ with a jar whose manifest points at this build's classes (the packaged jar is only
 * made after the tests).
 *
 * <p>Read-only means what the launcher can find out: root may write where the permission bits say
 * no, so as root the install is also mounted read-only on itself, in a mount namespace of its own
 * ({@code unshare -m}); where neither makes it read-only, those tests are skipped.
 */
class LauncherTest {

  private static final Path ANSWERS = Path.of("examples/hot-summer-runner.json").toAbsolutePath();
  private static final FileTime BUILT = FileTime.from(Instant.now().minusSeconds(3600));

  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  @Test
  void aLauncherLinkedFromAnotherFolderRunsTheJarAndKbaseBesideTheScript() throws Exception {
    Path install = install(true);
    freshArchive(install);
    // ~/bin/heavylegs -> the install (absolute), and a relative link to that link from elsewhere
    Path bin = Files.createDirectories(tmp.resolve("home/bin"));
    Files.createSymbolicLink(bin.resolve("heavylegs"), install.resolve("heavylegs"));
    Path other = Files.createDirectories(tmp.resolve("home/tools/sub"));
    Files.createSymbolicLink(other.resolve("hl"), Path.of("../../bin/heavylegs"));

    Run run =
        run(
            List.of(),
            other.resolve("hl").toString(),
            "consult",
            "--answers",
            ANSWERS.toString(),
            "--format",
            "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/causes/0/id").asText())
        .isEqualTo("hot-weather");
    try (Stream<Path> left = Files.list(bin)) {
      assertThat(left)
          .as("nothing built or logged beside the link")
          .containsExactly(bin.resolve("heavylegs"));
    }
  }

  @Test
  void aReadOnlyInstallWithAnArchiveOlderThanItsJarRunsWithoutIt() throws Exception {
    Path install = install(true);
    Path archive = Files.writeString(install.resolve("target/heavylegs.jsa"), "stale");
    // were the old archive's options used, this one would stop the JVM
    Files.writeString(
        install.resolve("target/heavylegs.jsa.flags"), "-XX:+NoSuchOptionFromAStaleArchive");
    Files.setLastModifiedTime(archive, FileTime.from(BUILT.toInstant().minusSeconds(60)));

    Run run =
        run(
            readOnly(install),
            install.resolve("heavylegs").toString(),
            "consult",
            "--answers",
            ANSWERS.toString(),
            "--format",
            "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).at("/causes/0/id").asText())
        .isEqualTo("hot-weather");
  }

  @Test
  void aReadOnlyInstallWithoutAnArchiveDoesNotTryToPrepareOne() throws Exception {
    Path install = install(true);

    Run run = run(readOnly(install), install.resolve("heavylegs").toString(), "--version");

    assertThat(run.err()).isEmpty(); // not "preparing fast start", nor what failed writing it
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("heavylegs ");
  }

  @Test
  void aReadOnlyInstallWhoseSourcesChangedRunsItsJarWithANote() throws Exception {
    Path install = install(true);
    freshArchive(install);
    Path changed =
        Files.createDirectories(install.resolve("src/main/java")).resolve("Changed.java");
    Files.writeString(changed, "class Changed {}");
    Files.setLastModifiedTime(changed, FileTime.from(Instant.now()));

    Run run = run(readOnly(install), install.resolve("heavylegs").toString(), "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("heavylegs ");
    assertThat(run.err())
        .isEqualTo(
            "heavylegs: "
                + install
                + " is read-only: running the jar there,"
                + " built before the last change to pom.xml or src/main/\n");
  }

  @Test
  void aReadOnlyInstallWithoutAJarSaysItCannotBuildThere() throws Exception {
    Path install = install(false);

    Run run = run(readOnly(install), install.resolve("heavylegs").toString(), "--version");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "heavylegs: cannot build in the read-only folder "
                + install
                + "; build it once where it can be written\n");
  }

  /** A copy of the launcher and kbase/, with a jar built an hour ago when {@code withJar}. */
  private Path install(boolean withJar) throws IOException {
    Path install =
        Files.createDirectories(tmp.resolve("install")).toRealPath(); // as the launcher names it
    Path target = Files.createDirectories(install.resolve("target"));
    Files.copy(
        Path.of("heavylegs"), install.resolve("heavylegs"), StandardCopyOption.COPY_ATTRIBUTES);
    ShippedKbase.copyTo(install.resolve("kbase"));
    if (withJar) {
      Path jar = target.resolve("heavylegs.jar");
      writeJar(jar);
      Files.setLastModifiedTime(jar, BUILT);
    }
    return install;
  }

  /** An archive as the launcher leaves it after a build: newer than the jar (empty: no options). */
  private static void freshArchive(Path install) throws IOException {
    Path archive = Files.writeString(install.resolve("target/heavylegs.jsa"), "");
    Files.writeString(install.resolve("target/heavylegs.jsa.flags"), "");
    Files.setLastModifiedTime(archive, BUILT);
  }

  /** A jar holding only a manifest: heavylegs' main class, on this test run's class path. */
  private static void writeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, "dev.heavylegs.Main");
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      // nothing but the manifest
    }
  }

  /**
   * The words that run a command in {@code install} made read-only: its files and folders lose
   * their write permission, and where that does not stop this user (root), it is mounted read-only.
   */
  private List<String> readOnly(Path install) throws Exception {
    setWritable(install, false);
    if (!shell("[ -w \"$0\" ]", install)) {
      return List.of();
    }
    String mount = "mount --bind -o ro \"$0\" \"$0\" && ";
    assumeTrue(
        onPath("unshare") && shellIn(List.of("unshare", "-m"), mount + "[ ! -w \"$0\" ]", install),
        "cannot make a folder read-only for this user here (root, and no unshare -m with mount --bind)");
    return List.of("unshare", "-m", "sh", "-c", mount + "exec \"$@\"", install.toString());
  }

  private Run run(List<String> prefix, String... command) throws Exception {
    List<String> words = new ArrayList<>(prefix);
    words.addAll(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(words).directory(tmp.toFile());
    Path javaHome = Path.of(System.getProperty("java.home"));
    builder
        .environment()
        .put("PATH", javaHome.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    builder.environment().put("HEAVYLEGS_CACHE", "off"); // no background build outliving the test
    Path out = tmp.resolve("stdout");
    Path err = tmp.resolve("stderr");
    Process process =
        builder
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
    } finally {
      process.destroyForcibly();
      restoreWritable();
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private void restoreWritable() throws IOException {
    Path install = tmp.resolve("install");
    if (Files.exists(install)) {
      setWritable(install, true);
    }
  }

  private static void setWritable(Path root, boolean writable) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.toList()) {
        if (!Files.isSymbolicLink(path)) {
          var permissions = Files.getPosixFilePermissions(path);
          for (var who :
              List.of(
                  java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                  java.nio.file.attribute.PosixFilePermission.GROUP_WRITE,
                  java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
            if (writable && who == java.nio.file.attribute.PosixFilePermission.OWNER_WRITE) {
              permissions.add(who);
            } else {
              permissions.remove(who);
            }
          }
          Files.setPosixFilePermissions(path, permissions);
        }
      }
    }
  }

  private static boolean shell(String script, Path argument) throws Exception {
    return shellIn(List.of(), script, argument);
  }

  private static boolean shellIn(List<String> prefix, String script, Path argument)
      throws Exception {
    List<String> words = new ArrayList<>(prefix);
    words.addAll(List.of("sh", "-c", script, argument.toString()));
    Process process =
        new ProcessBuilder(words)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
