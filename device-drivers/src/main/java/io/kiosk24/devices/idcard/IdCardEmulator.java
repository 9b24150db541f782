package io.kiosk24.devices.idcard;

import io.kiosk24.devices.serial.SerialLink;
import io.kiosk24.devices.serial.SerialLinkException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GA 467 reader with its SAM, in software: serves one end of a {@link SerialLink} (a socat pty or
 * an {@link io.kiosk24.devices.serial.InMemorySerialLink} end) on its own thread and answers byte
 * for byte as a reader would. A test or a maintainer places and removes sample cards and injects
 * faults while it runs.
 */
public final class IdCardEmulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IdCardEmulator.class);

  /** What the emulator can do wrong, on purpose. */
  public enum Fault {
    /** Behave. */
    NONE,
    /** The card read answer carries a wrong checksum. */
    BAD_CHECKSUM,
    /** The card read answer stops after 600 of its 1,295 bytes. */
    TRUNCATED_FRAME,
    /** Line noise, including a false start of a header, before every answer. */
    GARBAGE,
    /** The card read answer comes only after {@link #slowReplyDelay}. */
    SLOW_REPLIES,
    /** Every command is answered with {@link #samFaultCode}, as a broken SAM does. */
    SAM_FAULT,
    /** The card is lifted while being read: the read answers {@code 41} and the card is gone. */
    CARD_REMOVED_MID_READ
  }

  /** Noise sent before an answer under {@link Fault#GARBAGE}; it holds a broken header. */
  static final byte[] GARBAGE = {
    0x00, (byte) 0xFF, 0x13, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x37, (byte) 0xAA, 0x69
  };

  private static final byte[] DEFAULT_SAM_ID = SamId.bytes("05.01-20101012-0001234567-1234567890");

  private final SerialLink link;
  private final List<SampleCard> cards;
  private final Thread thread;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean running;
  private volatile int placed = -1;
  private volatile Fault fault = Fault.NONE;
  private volatile int samFaultCode = SamStatus.SELF_TEST_FAILED.code();
  private volatile Duration slowReplyDelay = Duration.ofSeconds(4);

  /** An emulator over {@code link} that can place any of {@code cards}; call {@link #start}. */
  public IdCardEmulator(SerialLink link, List<SampleCard> cards) {
    this.link = link;
    this.cards = List.copyOf(cards);
    this.thread = new Thread(this::serve, "idcard-emulator-" + link.portName());
    thread.setDaemon(true);
  }

  /** Starts answering on the emulator's own thread. */
  public IdCardEmulator start() {
    running = true;
    thread.start();
    return this;
  }

  /** The cards this emulator can place. */
  public List<SampleCard> cards() {
    return cards;
  }

  /** Lays card {@code index} on the reader. */
  public void placeCard(int index) {
    if (index < 0 || index >= cards.size()) {
      throw new IllegalArgumentException(
          "There are " + cards.size() + " sample cards; index " + index + " is not one of them.");
    }
    placed = index;
  }

  /** Lifts the card off the reader. */
  public void removeCard() {
    placed = -1;
  }

  /** The index of the card on the reader, if any. */
  public Optional<Integer> placedCard() {
    int p = placed;
    return p < 0 ? Optional.empty() : Optional.of(p);
  }

  /** Starts misbehaving in one way, or stops with {@link Fault#NONE}. */
  public void inject(Fault value) {
    fault = value;
  }

  public Fault fault() {
    return fault;
  }

  /** The SW3 code a {@link Fault#SAM_FAULT} answers with; {@code 60} unless set. */
  public void samFaultCode(int sw3) {
    samFaultCode = sw3 & 0xFF;
  }

  /** How long a {@link Fault#SLOW_REPLIES} answer waits; four seconds unless set. */
  public void slowReplyDelay(Duration delay) {
    slowReplyDelay = delay;
  }

  /** How many requests the emulator has answered. */
  public int requestsServed() {
    return requests.get();
  }

  private void serve() {
    SamFrameDecoder decoder = new SamFrameDecoder();
    byte[] buffer = new byte[4096];
    try {
      while (running) {
        int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(100));
        decoder.feed(buffer, 0, n);
        while (running) {
          Optional<byte[]> body;
          try {
            body = decoder.next();
          } catch (SamFrameException e) {
            reply(
                SamCodec.encodeResponse(
                    e.problem() == SamFrameException.Problem.BAD_CHECKSUM
                        ? SamStatus.CHECKSUM_ERROR.code()
                        : SamStatus.LENGTH_ERROR.code(),
                    new byte[0]));
            continue;
          }
          if (body.isEmpty()) {
            break;
          }
          SamRequest request = SamCodec.toRequest(body.get());
          requests.incrementAndGet();
          answer(request);
        }
      }
    } catch (SerialLinkException e) {
      if (running) {
        LOG.info("ID card emulator on {} stops: {}", link.portName(), e.getMessage());
      }
    } catch (SamFrameException | InterruptedException e) {
      if (running) {
        LOG.warn("ID card emulator on {} stops", link.portName(), e);
      }
    }
  }

  private void answer(SamRequest request) throws SerialLinkException, InterruptedException {
    Fault f = fault;
    Optional<SamCommand> command = request.command();
    if (command.isEmpty()) {
      reply(SamCodec.encodeResponse(SamStatus.UNRECOGNISED_COMMAND.code(), new byte[0]));
      return;
    }
    if (f == Fault.SAM_FAULT) {
      reply(SamCodec.encodeResponse(samFaultCode, new byte[0]));
      return;
    }
    int card = placed;
    switch (command.get()) {
      case RESET_SAM, SAM_STATUS -> reply(ok(new byte[0]));
      case SAM_ID -> reply(ok(DEFAULT_SAM_ID));
      case FIND_CARD ->
          reply(
              card >= 0
                  ? SamCodec.encodeResponse(SamStatus.CARD_FOUND.code(), new byte[4])
                  : SamCodec.encodeResponse(SamStatus.FIND_FAILED.code(), new byte[0]));
      case SELECT_CARD ->
          reply(
              card >= 0
                  ? ok(new byte[8])
                  : SamCodec.encodeResponse(SamStatus.SELECT_FAILED.code(), new byte[0]));
      case READ_TEXT_PHOTO, READ_TEXT_PHOTO_FINGERPRINT -> readCard(request, card, f);
      case READ_ADDITIONAL_ADDRESS -> {
        String extra = card >= 0 ? cards.get(card).additionalAddress() : "";
        reply(
            extra.isEmpty()
                ? SamCodec.encodeResponse(SamStatus.NO_CONTENT.code(), new byte[0])
                : ok(padded(extra, 70)));
      }
    }
  }

  private void readCard(SamRequest request, int card, Fault f)
      throws SerialLinkException, InterruptedException {
    if (card < 0 || f == Fault.CARD_REMOVED_MID_READ) {
      placed = -1;
      reply(SamCodec.encodeResponse(SamStatus.READ_FAILED.code(), new byte[0]));
      return;
    }
    SampleCard sample = cards.get(card);
    boolean fingerprint = request.command().orElseThrow() == SamCommand.READ_TEXT_PHOTO_FINGERPRINT;
    byte[] frame = ok(CardBlocks.encode(sample.text(), sample.photo(), new byte[0], fingerprint));
    switch (f) {
      case BAD_CHECKSUM -> frame[frame.length - 1] ^= 0x5A;
      case TRUNCATED_FRAME -> frame = Arrays.copyOf(frame, Math.min(600, frame.length - 1));
      case SLOW_REPLIES -> Thread.sleep(slowReplyDelay.toMillis());
      default -> {
        // sent as built
      }
    }
    reply(frame);
  }

  private static byte[] ok(byte[] data) {
    return SamCodec.encodeResponse(SamStatus.OK.code(), data);
  }

  private static byte[] padded(String text, int bytes) {
    byte[] out = new byte[bytes];
    byte[] pad = " ".repeat(bytes / 2).getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(pad, 0, out, 0, bytes);
    byte[] value = text.getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(value, 0, out, 0, Math.min(value.length, bytes));
    return out;
  }

  private void reply(byte[] frame) throws SerialLinkException {
    if (fault == Fault.GARBAGE) {
      byte[] noisy = Arrays.copyOf(GARBAGE, GARBAGE.length + frame.length);
      System.arraycopy(frame, 0, noisy, GARBAGE.length, frame.length);
      frame = noisy;
    }
    link.write(frame);
  }

  /** Whether the serving thread is still running. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /** Stops serving and closes the link. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    link.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
