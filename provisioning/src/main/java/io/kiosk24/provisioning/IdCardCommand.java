package io.kiosk24.provisioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosk24.devices.DeviceException;
import io.kiosk24.devices.idcard.CardTextParser;
import io.kiosk24.devices.idcard.IdCard;
import io.kiosk24.devices.idcard.IdCardException;
import io.kiosk24.devices.idcard.IdCardReaderConfig;
import io.kiosk24.devices.idcard.SamIdCardReader;
import io.kiosk24.devices.serial.SerialLinkFactory;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl idcard}: talk to a GA 467 resident ID card reader on a serial port. */
@Command(
    name = "idcard",
    description = "Check or read the resident ID card reader.",
    mixinStandardHelpOptions = true,
    subcommands = {IdCardCommand.Sam.class, IdCardCommand.Read.class})
public final class IdCardCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Exit code for each way a read can fail. */
  static int exitCode(IdCardException e) {
    return switch (e.reason()) {
      case NO_CARD -> 3;
      case TIMEOUT -> 4;
      case BAD_FRAME -> 5;
      case SAM_FAULT -> 6;
      case CARD_REMOVED -> 7;
      case UNKNOWN_CARD -> 8;
    };
  }

  abstract static class ReaderAction implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "PATH", required = true, description = "Serial port.")
    String port;

    @Option(names = "--baud", paramLabel = "N", defaultValue = "115200", description = "Speed.")
    int baud;

    abstract int use(SamIdCardReader reader, PrintWriter out) throws DeviceException;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try (SamIdCardReader reader =
          new SamIdCardReader(
              SerialLinkFactory.jSerialComm(port, baud), port, IdCardReaderConfig.defaults())) {
        reader.open();
        return use(reader, spec.commandLine().getOut());
      } catch (IdCardException e) {
        err.println(e.getMessage());
        return exitCode(e);
      } catch (DeviceException e) {
        err.println(e.getMessage());
        return KioskCtl.FAILED;
      }
    }
  }

  @Command(name = "sam", description = "Show the reader's SAM id.", mixinStandardHelpOptions = true)
  static final class Sam extends ReaderAction {
    @Override
    int use(SamIdCardReader reader, PrintWriter out) throws DeviceException {
      out.println("SAM " + reader.samId().text() + " on " + port + " is ready.");
      return 0;
    }
  }

  @Command(
      name = "read",
      description = "Wait for a card and read it; the ID number and address are masked.",
      mixinStandardHelpOptions = true)
  static final class Read extends ReaderAction {
    @Option(
        names = "--timeout",
        paramLabel = "SECONDS",
        defaultValue = "10",
        description = "How long to wait for a card.")
    int timeout;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--unmask", description = "Show the full ID number and address.")
    boolean unmask;

    @Override
    int use(SamIdCardReader reader, PrintWriter out) throws DeviceException {
      IdCard card = reader.read(Duration.ofSeconds(timeout));
      Map<String, Object> fields = fields(card, unmask);
      if (json) {
        try {
          out.println(new ObjectMapper().writeValueAsString(fields));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("a map of strings always serialises", e);
        }
      } else {
        fields.forEach((k, v) -> out.println(k + ": " + v));
      }
      return 0;
    }
  }

  /** The card as kioskctl prints it, masked unless {@code unmask}. */
  static Map<String, Object> fields(IdCard card, boolean unmask) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", card.type().name());
    f.put("name", card.name());
    f.put("englishName", card.englishName());
    f.put("sex", card.sex());
    f.put("nation", card.nation());
    f.put("nationality", card.nationality());
    f.put("birthDate", card.birthDate().toString());
    f.put("address", unmask ? card.address() : maskAddress(card.address()));
    f.put("idNumber", unmask ? card.idNumber() : maskIdNumber(card.idNumber()));
    f.put("authority", card.authority());
    f.put("validFrom", card.validFrom().toString());
    f.put("validTo", card.validTo().map(Object::toString).orElse(CardTextParser.PERMANENT));
    f.put("passNumber", card.passNumber());
    f.put("issueCount", card.issueCount());
    f.put("photoBytes", card.photo().length);
    f.put("idNumberValid", card.idNumberValid());
    return f;
  }

  /** Keeps the first four and last four characters: {@code 4401**********123X}. */
  static String maskIdNumber(String number) {
    if (number.length() <= 8) {
      return "*".repeat(number.length());
    }
    return number.substring(0, 4)
        + "*".repeat(number.length() - 8)
        + number.substring(number.length() - 4);
  }

  /** Keeps the first six characters, then {@code ****}. */
  static String maskAddress(String address) {
    if (address.isEmpty()) {
      return "";
    }
    return address.substring(0, Math.min(6, address.length())) + "****";
  }
}
