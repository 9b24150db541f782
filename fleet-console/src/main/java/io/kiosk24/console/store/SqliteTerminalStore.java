package io.kiosk24.console.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The default store: one SQLite file, written through on every change. */
public final class SqliteTerminalStore implements TerminalStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> DEVICE_MAP = new TypeReference<>() {};

  private final Path file;
  private final Connection connection;

  private SqliteTerminalStore(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (and if new, creates) the database at {@code file}. */
  public static SqliteTerminalStore open(Path file) throws StoreException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        statement.execute(
            """
            CREATE TABLE IF NOT EXISTS terminal (
              id TEXT PRIMARY KEY,
              online INTEGER NOT NULL,
              session INTEGER NOT NULL,
              last_seen TEXT NOT NULL,
              software_version TEXT NOT NULL,
              mode TEXT NOT NULL,
              health_interval_seconds INTEGER NOT NULL,
              citizen_session_active INTEGER NOT NULL,
              devices TEXT NOT NULL,
              offline_reason TEXT NOT NULL
            )""");
      }
      return new SqliteTerminalStore(file, connection);
    } catch (SQLException | java.io.IOException e) {
      throw new StoreException(
          "Cannot open the console database " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void save(TerminalRecord t) throws StoreException {
    String sql =
        """
        INSERT INTO terminal (id, online, session, last_seen, software_version, mode,
          health_interval_seconds, citizen_session_active, devices, offline_reason)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET online = excluded.online, session = excluded.session,
          last_seen = excluded.last_seen, software_version = excluded.software_version,
          mode = excluded.mode, health_interval_seconds = excluded.health_interval_seconds,
          citizen_session_active = excluded.citizen_session_active, devices = excluded.devices,
          offline_reason = excluded.offline_reason""";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, t.terminalId());
      insert.setInt(2, t.online() ? 1 : 0);
      insert.setLong(3, t.session());
      insert.setString(4, t.lastSeen().toString());
      insert.setString(5, t.softwareVersion());
      insert.setString(6, t.mode());
      insert.setInt(7, t.healthIntervalSeconds());
      insert.setInt(8, t.citizenSessionActive() ? 1 : 0);
      insert.setString(9, JSON.writeValueAsString(t.devices()));
      insert.setString(10, t.offlineReason());
      insert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException(
          "Cannot save terminal " + t.terminalId() + " to " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<TerminalRecord> loadAll() throws StoreException {
    List<TerminalRecord> terminals = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM terminal ORDER BY id")) {
      while (rows.next()) {
        terminals.add(
            new TerminalRecord(
                rows.getString("id"),
                rows.getInt("online") == 1,
                rows.getLong("session"),
                Instant.parse(rows.getString("last_seen")),
                rows.getString("software_version"),
                rows.getString("mode"),
                rows.getInt("health_interval_seconds"),
                rows.getInt("citizen_session_active") == 1,
                JSON.readValue(rows.getString("devices"), DEVICE_MAP),
                rows.getString("offline_reason")));
      }
      return List.copyOf(terminals);
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("Cannot read terminals from " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing is lost: every change was written through when it happened.
    }
  }
}
