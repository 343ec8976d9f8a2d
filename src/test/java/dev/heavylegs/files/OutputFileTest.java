package dev.heavylegs.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link OutputFile} refuses to replace, and what it leaves when a replacement is not
 * committed.
 */
class OutputFileTest {

  @TempDir Path tmp;

  /** A file whose own content starts with "ours". */
  private static OutputFile at(Path path) {
    return new OutputFile(
        path,
        "write",
        "ours",
        (start, whole) -> new String(start, StandardCharsets.UTF_8).startsWith("ours"));
  }

  private String files() throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return String.join(" ", files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aDeviceASocketOrALinkToADeviceIsRefusedWithWhatItIs() throws IOException {
    Path socket = tmp.resolve("socket");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), Path.of("/dev/null"));
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      for (boolean force : new boolean[] {false, true}) {
        assertThatThrownBy(() -> at(Path.of("/dev/null")).checkReplaceable(force))
            .isInstanceOf(OutputFile.Refused.class)
            .hasMessage("cannot write /dev/null: it is a character device, not a regular file");
        assertThatThrownBy(() -> at(socket).checkReplaceable(force))
            .hasMessage("cannot write " + socket + ": it is a socket, not a regular file");
        assertThatThrownBy(() -> at(link).write(new byte[1]))
            .hasMessage(
                "cannot write "
                    + link
                    + ": it is a symbolic link to /dev/null, a character device,"
                    + " not a regular file");
      }
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void aRefusalSaysWhatTheFileIsForThePromptAndWhatToDoForTheCommandLine() throws IOException {
    Path notes = Files.writeString(tmp.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> at(notes).checkReplaceable(false))
        .isInstanceOfSatisfying(
            OutputFile.Refused.class,
            e -> {
              assertThat(e.reason()).isEqualTo("exists and is not ours");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "cannot write "
                          + notes
                          + ": it exists and is not ours;"
                          + " use --force to replace it");
            });
    at(notes).checkReplaceable(true);
    at(Files.writeString(tmp.resolve("ours.txt"), "ours, from before")).checkReplaceable(false);
  }

  @Test
  void aFileWhereAFolderShouldBeIsNamedInTheError() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");

    assertThatThrownBy(() -> at(file.resolve("out.jsonl")).write(new byte[1]))
        .isInstanceOf(OutputFile.Failure.class)
        .hasMessage("cannot write " + file.resolve("out.jsonl") + ": Not a directory");
  }

  @Test
  void aReplacementClosedWithoutCommitLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(tmp.resolve("out.txt"), "ours, old");

    try (OutputFile.Replacement replacement = at(target).replace()) {
      replacement.stream().write("ours, half of the new".getBytes(StandardCharsets.UTF_8));
      assertThat(files()).startsWith(".out.txt.").endsWith(".part out.txt");
    }

    assertThat(Files.readString(target)).isEqualTo("ours, old");
    assertThat(files()).isEqualTo("out.txt");
  }
}
