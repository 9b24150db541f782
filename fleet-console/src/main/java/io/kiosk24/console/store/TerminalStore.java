package io.kiosk24.console.store;

import java.util.List;

/** Keeps each terminal's latest state, so the console shows the fleet again after a restart. */
public interface TerminalStore extends AutoCloseable {

  void save(TerminalRecord terminal) throws StoreException;

  /** Every terminal ever seen, ordered by id. */
  List<TerminalRecord> loadAll() throws StoreException;

  @Override
  void close();
}
