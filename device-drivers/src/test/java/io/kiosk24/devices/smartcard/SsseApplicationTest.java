package io.kiosk24.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SsseApplicationTest {

  private static final String SELECT_SSSE = "00A404000F7378312E73682EC9E7BBE1B1A3D5CF";
  private static final String FCI = "6F11840F7378312E73682EC9E7BBE1B1A3D5CF";

  static ScriptedChannel goodCard() {
    return new ScriptedChannel()
        .expect(SELECT_SSSE, "6113")
        .expect("00C0000013", FCI + "9000")
        .expect("00A4020002EF05", "9000")
        .expect("00B2010412", "0110440600D15600000512345678ABCDEF01 9000")
        .expect("00B2020403", "020133 9000")
        .expect("00B2030406", "0304332E3030 9000")
        .expect("00B2050406", "050420210315 9000")
        .expect("00B2060406", "060420310314 9000")
        .expect("00B207040B", "6C0B")
        .expect("00B207040B", "07094B3234303030303137 9000");
  }

  @Test
  void selectsSsseAndReadsEf05() throws Exception {
    ScriptedChannel card = goodCard();

    SocialSecurityCard read = new SsseApplication().read(card);

    assertThat(read.cardNumber()).isEqualTo("K24000017");
    assertThat(read.regionCode()).isEqualTo("440600");
    assertThat(card.finished()).isTrue();
  }

  @Test
  void aCardWithoutTheApplicationIsTheWrongCard() {
    ScriptedChannel card = new ScriptedChannel().expect(SELECT_SSSE, "6A82");

    SmartCardException e =
        catchThrowableOfType(SmartCardException.class, () -> new SsseApplication().read(card));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.WRONG_CARD);
    assertThat(e.getMessage()).contains("no social security application").contains("6A82");
  }

  @Test
  void aRefusedRecordIsTheCardsRefusal() {
    ScriptedChannel card =
        new ScriptedChannel()
            .expect(SELECT_SSSE, "9000")
            .expect("00A4020002EF05", "9000")
            .expect("00B2010412", "6982");

    SmartCardException e =
        catchThrowableOfType(SmartCardException.class, () -> new SsseApplication().read(card));

    assertThat(e.reason()).isEqualTo(SmartCardException.Reason.CARD_REFUSED);
    assertThat(e.getMessage()).contains("READ RECORD 1 of EF05");
  }
}
