package io.kiosk24.devices.smartcard;

import java.io.ByteArrayOutputStream;

/**
 * Exchanges command APDUs over a {@link SmartCardChannel} the way ISO/IEC 7816-4 wants a terminal
 * to: on {@code 61 xx} it fetches the rest with GET RESPONSE (as often as the card asks, up to a
 * limit), on {@code 6C xx} it sends the same command once more with Le = {@code xx}.
 *
 * <p>{@code javax.smartcardio} already does both for T=0 cards unless told otherwise; doing it here
 * as well keeps applications correct over any channel, and costs nothing when the status never
 * comes.
 *
 * <p>Not thread-safe: one session belongs to one card conversation.
 */
public final class CardSession {

  /** A card that keeps answering {@code 61 xx} longer than this is faulty. */
  static final int MAX_GET_RESPONSE = 64;

  private final SmartCardChannel channel;

  public CardSession(SmartCardChannel channel) {
    this.channel = channel;
  }

  public SmartCardChannel channel() {
    return channel;
  }

  /** Sends {@code command} and returns the complete response, whatever its status word. */
  public ResponseApdu send(CommandApdu command) throws SmartCardException {
    ResponseApdu response = once(command);
    if (response.statusWord().isWrongLe()) {
      response = once(command.withLe(length(response.statusWord())));
    }
    if (!response.statusWord().isMoreData()) {
      return response;
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    data.writeBytes(response.data());
    int rounds = 0;
    while (response.statusWord().isMoreData()) {
      if (++rounds > MAX_GET_RESPONSE) {
        throw new SmartCardException(
            SmartCardException.Reason.BAD_RESPONSE,
            "The card still announced more data after "
                + MAX_GET_RESPONSE
                + " GET RESPONSE commands for "
                + command.header()
                + ".");
      }
      CommandApdu get = CommandApdu.getResponse(length(response.statusWord()));
      response = once(get);
      if (response.statusWord().isWrongLe()) {
        response = once(get.withLe(length(response.statusWord())));
      }
      data.writeBytes(response.data());
    }
    return new ResponseApdu(data.toByteArray(), response.statusWord());
  }

  /**
   * Sends {@code command} and returns its data when the card answers {@code 90 00}.
   *
   * @param what what the command does, for the message, such as "READ RECORD 7 of EF05"
   * @throws SmartCardException with reason {@code CARD_REFUSED} and the status word otherwise
   */
  public byte[] expectSuccess(CommandApdu command, String what) throws SmartCardException {
    ResponseApdu response = send(command);
    if (!response.statusWord().isSuccess()) {
      throw new SmartCardException(
          SmartCardException.Reason.CARD_REFUSED,
          "The card refused "
              + what
              + " ("
              + command.header()
              + "): "
              + response.statusWord()
              + ".",
          response.statusWord());
    }
    return response.data();
  }

  private ResponseApdu once(CommandApdu command) throws SmartCardException {
    return ResponseApdu.parse(channel.transmit(command.encode()));
  }

  private static int length(StatusWord sw) {
    return sw.sw2() == 0 ? 256 : sw.sw2();
  }
}
