package dev.mentoring.postgres.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL server for tests and benchmarks: a throwaway cluster started on first use, on a free
 * local port, with fsync, synchronous commit and full-page writes off (figures measure the store
 * and the round trips, not the disk), and removed when the JVM ends; or an existing server named by
 * {@code MENTORING_PG_URL} (environment variable or system property, a JDBC URL such as {@code
 * jdbc:postgresql://localhost:5432/postgres}, with {@code MENTORING_PG_USER} and {@code
 * MENTORING_PG_PASSWORD}), in which each test gets databases of its own.
 *
 * <p>The server binaries are found through the system property {@code mentoring.pg.bin}, the
 * environment variable {@code PG_BIN}, {@code pg_config --bindir}, or the newest {@code
 * /usr/lib/postgresql/<version>/bin}. Run as root (as in containers), {@code initdb} and {@code
 * pg_ctl} run as the user {@code postgres}, since PostgreSQL refuses to run as root.
 *
 * <p>One server serves the whole JVM: it starts on first use and stops in a shutdown hook.
 * Thread-safe.
 */
public final class PostgresServer {
  private static final String SUPERUSER = "postgres";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile @Nullable PostgresServer instance;
  private static volatile @Nullable String startFailure;

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String urlPrefix;
  private final List<String> created = new CopyOnWriteArrayList<>();

  private PostgresServer(String adminUrl, String urlPrefix, String user, String password) {
    this.adminUrl = adminUrl;
    this.urlPrefix = urlPrefix;
    this.user = user;
    this.password = password;
  }

  /**
   * Returns the server, starting it on first use.
   *
   * @return the server
   */
  public static PostgresServer get() {
    PostgresServer s = instance;
    if (s == null) {
      synchronized (PostgresServer.class) {
        s = instance;
        if (s == null) {
          if (startFailure != null) {
            throw new IllegalStateException("the PostgreSQL server did not start: " + startFailure);
          }
          try {
            s = start();
          } catch (RuntimeException e) {
            startFailure = String.valueOf(e.getMessage());
            throw e;
          }
          instance = s;
        }
      }
    }
    return s;
  }

  /**
   * Creates an empty database and returns a data source that opens a new connection to it each
   * time.
   *
   * @param label a readable part of the database's name
   * @return the data source
   */
  public DataSource createDatabase(String label) {
    String name =
        ("mentoring_"
                + label
                + "_"
                + DATABASES.incrementAndGet()
                + "_"
                + ProcessHandle.current().pid())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    created.add(name);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(urlPrefix + name);
    ds.setUser(user);
    ds.setPassword(password);
    return ds;
  }

  /** Drops the databases the tests created, for a server given by {@code MENTORING_PG_URL}. */
  private void dropCreated() {
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      for (String name : created) {
        s.execute("DROP DATABASE IF EXISTS " + name);
      }
    } catch (SQLException e) {
      System.err.println("could not drop the test databases " + created + ": " + e);
    }
  }

  private static String setting(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    return value == null ? "" : value.trim();
  }

  private static PostgresServer start() {
    String url = setting("MENTORING_PG_URL");
    if (!url.isEmpty()) {
      String user = setting("MENTORING_PG_USER");
      String password = setting("MENTORING_PG_PASSWORD");
      // Databases of the tests live beside the one named in the URL.
      int slash = url.indexOf('/', "jdbc:postgresql://".length());
      if (slash < 0) {
        throw new IllegalStateException("MENTORING_PG_URL has no database: " + url);
      }
      String prefix = url.substring(0, slash + 1);
      PostgresServer server =
          new PostgresServer(url, prefix, user.isEmpty() ? SUPERUSER : user, password);
      // A server the developer owns keeps nothing of the tests: their databases go at exit.
      Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreated, "mentoring-pg-drop"));
      return server;
    }
    Path bin = findBinaries();
    return Cluster.start(bin);
  }

  private static Path findBinaries() {
    List<String> tried = new ArrayList<>();
    for (String configured : List.of(setting("mentoring.pg.bin"), setting("PG_BIN"))) {
      if (!configured.isEmpty()) {
        Path p = Paths.get(configured);
        if (Files.isExecutable(p.resolve("initdb"))) {
          return p;
        }
        tried.add(configured);
      }
    }
    try {
      Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (p.waitFor(30, TimeUnit.SECONDS)
          && p.exitValue() == 0
          && Files.isExecutable(Paths.get(out, "initdb"))) {
        return Paths.get(out);
      }
      tried.add("pg_config --bindir: " + out);
    } catch (IOException e) {
      tried.add("pg_config: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while looking for PostgreSQL", e);
    }
    Path lib = Paths.get("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> versions = Files.list(lib)) {
        Path newest =
            versions
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .max(Comparator.comparing(PostgresServer::majorVersion))
                .orElse(null);
        if (newest != null) {
          return newest.resolve("bin");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    tried.add("/usr/lib/postgresql/*/bin");
    throw new IllegalStateException(
        "The PostgreSQL tests need a PostgreSQL server. Install one (Debian/Ubuntu: `apt-get"
            + " install -y postgresql`; the tests then start a throwaway cluster themselves), or"
            + " point MENTORING_PG_URL (with MENTORING_PG_USER, MENTORING_PG_PASSWORD) at a"
            + " server where that user may create databases. Looked in: "
            + tried);
  }

  private static int majorVersion(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A throwaway cluster in a temporary directory. */
  private static final class Cluster {
    private Cluster() {}

    static PostgresServer start(Path bin) {
      boolean root = isRoot();
      try {
        Path dir = Files.createTempDirectory("mentoring-pg-");
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        if (root) {
          run(List.of("chown", "-R", SUPERUSER + ":", dir.toString()), false);
        }
        run(
            List.of(
                bin.resolve("initdb").toString(),
                "-A",
                "trust",
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--no-locale",
                "-D",
                data.toString()),
            root);
        int port = freePort();
        run(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-w",
                "-D",
                data.toString(),
                "-l",
                log.toString(),
                "-o",
                "-p "
                    + port
                    + " -k "
                    + dir
                    + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                    + " -c full_page_writes=off -c max_connections=200"
                    // Acceptances queue on the mentor's enrollment row, so they do not deadlock;
                    // should a test still make one, it is broken after 100 ms instead of 1 s.
                    + " -c deadlock_timeout=100ms",
                "start"),
            root);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        run(
                            List.of(
                                bin.resolve("pg_ctl").toString(),
                                "-D",
                                data.toString(),
                                "-m",
                                "immediate",
                                "stop"),
                            root);
                      } catch (RuntimeException e) {
                        System.err.println("could not stop the throwaway PostgreSQL server: " + e);
                      }
                      delete(dir);
                    },
                    "mentoring-pg-stop"));
        String prefix = "jdbc:postgresql://127.0.0.1:" + port + "/";
        return new PostgresServer(prefix + "postgres", prefix, SUPERUSER, "");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start a PostgreSQL cluster with " + bin, e);
      }
    }

    private static boolean isRoot() {
      try {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor(30, TimeUnit.SECONDS);
        return out.equals("0");
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }

    private static void run(List<String> command, boolean asPostgres) {
      List<String> full = new ArrayList<>();
      if (asPostgres) {
        full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
      }
      full.addAll(command);
      try {
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
          throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(String.join(" ", full), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
      }
    }

    private static void delete(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("could not delete " + dir + ": " + e);
      }
    }
  }
}
