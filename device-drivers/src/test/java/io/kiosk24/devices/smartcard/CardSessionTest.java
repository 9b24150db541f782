package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CardSessionTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  @Test
  void fetchesAnnouncedDataWithGetResponse() throws Exception {
    ScriptedChannel card =
        new ScriptedChannel()
            .expect("00A4040002 A001", "6104")
            .expect("00C0000004", "11223344 9000");

    ResponseApdu response =
        new CardSession(card).send(CommandApdu.selectByName(HEX.parseHex("A001")));

    assertThat(HEX.formatHex(response.data())).isEqualTo("11223344");
    assertThat(response.statusWord().isSuccess()).isTrue();
    assertThat(card.finished()).isTrue();
  }

  @Test
  void joinsSeveralGetResponsesAndKeepsTheLastStatus() throws Exception {
    ScriptedChannel card =
        new ScriptedChannel()
            .expect("00B2010400", "AA 6102")
            .expect("00C0000002", "BBCC 6100")
            .expect("00C0000000", "DD 6282");

    ResponseApdu response = new CardSession(card).send(CommandApdu.readRecord(1, 256));

    assertThat(HEX.formatHex(response.data())).isEqualTo("AABBCCDD");
    assertThat(response.statusWord()).isEqualTo(StatusWord.of(0x6282));
  }

  @Test
  void resendsWithTheLeTheCardAsksFor() throws Exception {
    ScriptedChannel card =
        new ScriptedChannel()
            .expect("00B2070400", "6C0B")
            .expect("00B207040B", "0709 4B3234303030303137 9000");

    byte[] data = new CardSession(card).expectSuccess(CommandApdu.readRecord(7, 256), "record 7");

    assertThat(data).hasSize(11);
    assertThat(card.finished()).isTrue();
  }

  @Test
  void handlesAWrongLeOnGetResponse() throws Exception {
    ScriptedChannel card =
        new ScriptedChannel()
            .expect("00A4040001 A0", "6105")
            .expect("00C0000005", "6C03")
            .expect("00C0000003", "010203 9000");

    ResponseApdu response =
        new CardSession(card).send(CommandApdu.selectByName(new byte[] {(byte) 0xA0}));

    assertThat(HEX.formatHex(response.data())).isEqualTo("010203");
  }

  @Test
  void resendsOnlyOnceWhenTheCardKeepsAskingForAnotherLe() throws Exception {
    ScriptedChannel card =
        new ScriptedChannel().expect("00B2010401", "6C02").expect("00B2010402", "6C03");

    ResponseApdu response = new CardSession(card).send(CommandApdu.readRecord(1, 1));

    assertThat(response.statusWord().isWrongLe()).isTrue();
  }

  @Test
  void aCardThatNeverStopsAnnouncingDataIsABadResponse() {
    ScriptedChannel card = new ScriptedChannel().expect("00B2010401", "6101");
    for (int i = 0; i < CardSession.MAX_GET_RESPONSE; i++) {
      card.expect("00C0000001", "00 6101");
    }

    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class,
            () -> new CardSession(card).send(CommandApdu.readRecord(1, 1)));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
  }

  @Test
  void aRefusalNamesTheCommandAndTheStatusWord() {
    ScriptedChannel card = new ScriptedChannel().expect("00A4020002EF06", "6982");

    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class,
            () ->
                new CardSession(card)
                    .expectSuccess(CommandApdu.selectFile(2, 0xEF06), "SELECT EF06"));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.CARD_REFUSED);
    assertThat(e.statusWord()).contains(StatusWord.of(0x6982));
    assertThat(e.getMessage())
        .isEqualTo(
            "The card refused SELECT EF06 (00A40200): 6982 (security status not satisfied).");
  }

  @Test
  void aResponseShorterThanTheStatusWordIsABadResponse() {
    ScriptedChannel card = new ScriptedChannel().expect("00B2010401", "90");

    SmartCardException e =
        catchThrowableOfType(
            SmartCardException.class,
            () -> new CardSession(card).send(CommandApdu.readRecord(1, 1)));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.BAD_RESPONSE);
  }
}
