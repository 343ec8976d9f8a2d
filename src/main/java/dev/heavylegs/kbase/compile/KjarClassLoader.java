package dev.heavylegs.kbase.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loads the classes Drools generated for a knowledge base (a cached kjar) from memory, looking in
 * the kjar before asking its parent. The usual parent-first order would search every jar on the
 * class path for each of the knowledge base's ~180 classes before finding it here; at start-up that
 * alone cost about 35 ms.
 */
public final class KjarClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  private KjarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
    super("kbase", parent);
    this.classes = classes;
  }

  /** A loader for the classes in {@code kjar}, read whole now. */
  static KjarClassLoader of(Path kjar, ClassLoader parent) throws IOException {
    Map<String, byte[]> classes = new HashMap<>();
    try (InputStream file = Files.newInputStream(kjar);
        ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (name.endsWith(".class")) {
          classes.put(
              name.substring(0, name.length() - ".class".length()).replace('/', '.'),
              zip.readAllBytes());
        }
      }
    }
    return new KjarClassLoader(classes, parent);
  }

  /** The name of the first class in the kjar whose name starts with {@code prefix}. */
  Optional<String> classNamed(String prefix) {
    return classes.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().findFirst();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        byte[] bytes = classes.get(name);
        loaded =
            bytes != null ? defineClass(name, bytes, 0, bytes.length) : getParent().loadClass(name);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }
}
