package dev.heavylegs.kbase.read;

import dev.heavylegs.kbase.KbaseException;
import dev.heavylegs.kbase.KbaseProblem;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every file of a knowledge base, read once into memory. The content hash, the checks and both
 * compilers (the classic one and the executable model of the cache) all work from this one copy, so
 * what is filed under a hash is exactly what was hashed and checked, whatever happens to the folder
 * meanwhile. Immutable: the bytes never leave it but as copies.
 */
public final class KbaseSnapshot {

  /** Begins a snapshot written by {@link #writeTo}: "HLS" 1. */
  private static final int FORMAT = 0x484c5301;

  private final Path dir;
  private final SortedMap<Path, byte[]> files;
  private final String hash;

  private KbaseSnapshot(Path dir, SortedMap<Path, byte[]> files) {
    this.dir = dir;
    this.files = Collections.unmodifiableSortedMap(files);
    this.hash = KbaseHash.of(this.files);
  }

  /** Reads every file of the knowledge base in {@code dir}, following the links inside it. */
  public static KbaseSnapshot of(Path dir) throws KbaseException {
    KbasePaths paths = new KbasePaths(dir);
    if (!Files.isDirectory(dir)) {
      throw new KbaseException(
          List.of(
              KbaseProblem.error(paths.root(), 0, 0, "no knowledge base here: not a directory")));
    }
    KbaseFiles.Found found = KbaseFiles.walk(dir, paths);
    List<KbaseProblem> problems = new ArrayList<>(found.problems());
    SortedMap<Path, byte[]> contents = new TreeMap<>();
    for (Map.Entry<Path, Path> file : found.files().entrySet()) {
      try {
        contents.put(file.getKey(), Files.readAllBytes(file.getValue()));
      } catch (IOException e) {
        problems.add(
            KbaseProblem.error(
                paths.shown(file.getKey()), 0, 0, "cannot read the file: " + KbaseFiles.reason(e)));
      }
    }
    if (!problems.isEmpty()) {
      throw new KbaseException(problems);
    }
    return new KbaseSnapshot(dir, contents);
  }

  /** The folder as it was given (through any link), which is how it is shown to users. */
  public Path dir() {
    return dir;
  }

  /** {@code sha256:<hex>} of every path and its bytes ({@link KbaseHash}). */
  public String hash() {
    return hash;
  }

  /** The files, relative to the folder, in path order. */
  public List<Path> files() {
    return List.copyOf(files.keySet());
  }

  public boolean has(Path relative) {
    return files.containsKey(relative);
  }

  /** The bytes of {@code relative}, to read. */
  InputStream open(Path relative) {
    return new ByteArrayInputStream(bytes(relative));
  }

  /** The content of {@code relative} as text; anything but UTF-8 is refused, not guessed at. */
  public String text(Path relative) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes(relative)).asReadOnlyBuffer())
        .toString();
  }

  private byte[] bytes(Path relative) {
    byte[] content = files.get(relative);
    if (content == null) {
      throw new IllegalArgumentException("not in the knowledge base: " + relative);
    }
    return content;
  }

  /** Writes the files (not the folder's name) for {@link #readFrom}. */
  public void writeTo(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(FORMAT);
    out.writeInt(files.size());
    for (Map.Entry<Path, byte[]> file : files.entrySet()) {
      out.writeUTF(KbasePaths.slashed(file.getKey()));
      out.writeInt(file.getValue().length);
      out.write(file.getValue());
    }
    out.flush();
  }

  /**
   * A snapshot {@link #writeTo written} elsewhere, of the knowledge base in {@code dir}; its hash
   * is worked out again.
   */
  public static KbaseSnapshot readFrom(Path dir, InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != FORMAT) {
      throw new IOException("not a knowledge-base snapshot of this version");
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("a damaged knowledge-base snapshot");
    }
    SortedMap<Path, byte[]> files = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      Path relative = Path.of(in.readUTF());
      int length = in.readInt();
      if (length < 0
          || relative.isAbsolute()
          || relative.normalize().startsWith("..")
          || files.containsKey(relative)) {
        throw new IOException("a damaged knowledge-base snapshot");
      }
      files.put(relative, in.readNBytes(length));
      if (files.get(relative).length != length) {
        throw new IOException("a knowledge-base snapshot cut short");
      }
    }
    if (in.read() != -1) {
      throw new IOException("a knowledge-base snapshot with more than it should hold");
    }
    return new KbaseSnapshot(dir, files);
  }
}
