package io.kiosk24.system;

import io.kiosk24.console.Console;
import io.kiosk24.fleet.protocol.BrokerAddress;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same presence scenario through Debian's Mosquitto as the external broker. */
class MosquittoPresenceIT {
  @TempDir Path dir;

  @Test
  void killedTerminalIsShownOfflineThroughMosquitto() throws Exception {
    try (Mosquitto mosquitto = Mosquitto.start(dir);
        Console console =
            Console.start(
                new Console.Options(
                    Optional.of(BrokerAddress.parse(mosquitto.uri())),
                    "127.0.0.1",
                    0,
                    0,
                    dir,
                    dir.resolve("console.db")))) {
      ConsoleClient api = new ConsoleClient(console.httpPort());
      TerminalPresenceIT.PresenceScenario.run(api, dir, mosquitto.uri(), "it-mosquitto-01");
    }
  }
}
