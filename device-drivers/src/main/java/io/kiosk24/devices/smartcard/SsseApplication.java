package io.kiosk24.devices.smartcard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The social security card profile of the national specification (人社部 社会保障卡规范), as public reader
 * implementations use it: SELECT the SSSE application by its name {@code sx1.sh.社会保障} (GBK, 15
 * bytes: {@code 73 78 31 2E 73 68 2E C9 E7 BB E1 B1 A3 D5 CF}), SELECT file {@code EF05} (card
 * public data, readable without PIN), then READ RECORD its records 1, 2, 3, 5, 6 and 7 (see {@link
 * SsseRecords}). The personal file {@code EF06} needs the PIN or an external authentication and is
 * not read.
 */
public final class SsseApplication implements SocialSecurityCardApp {

  /** The SSSE application's DF name. */
  public static final byte[] AID = {
    0x73,
    0x78,
    0x31,
    0x2E,
    0x73,
    0x68,
    0x2E,
    (byte) 0xC9,
    (byte) 0xE7,
    (byte) 0xBB,
    (byte) 0xE1,
    (byte) 0xB1,
    (byte) 0xA3,
    (byte) 0xD5,
    (byte) 0xCF
  };

  /** The card public data file. */
  public static final int EF05 = 0xEF05;

  private static final List<Integer> RECORDS =
      List.of(
          SsseRecords.CARD_IDENTIFIER,
          SsseRecords.CARD_TYPE,
          SsseRecords.SPEC_VERSION,
          SsseRecords.ISSUE_DATE,
          SsseRecords.VALID_UNTIL,
          SsseRecords.CARD_NUMBER);

  @Override
  public String profile() {
    return "MOHRSS SSSE (EF05)";
  }

  @Override
  public SocialSecurityCard read(SmartCardChannel channel) throws SmartCardException {
    CardSession session = new CardSession(channel);
    ResponseApdu selected = session.send(CommandApdu.selectByName(AID));
    if (!selected.statusWord().isSuccess()) {
      throw new SmartCardException(
          SmartCardException.Reason.WRONG_CARD,
          "The card has no social security application (SELECT SSSE answered "
              + selected.statusWord()
              + ").",
          selected.statusWord());
    }
    session.expectSuccess(CommandApdu.selectFile(0x02, EF05), "SELECT EF05");
    Map<Integer, byte[]> records = new HashMap<>();
    for (int record : RECORDS) {
      int le = SsseRecords.VALUE_LENGTHS.get(record) + 2;
      records.put(
          record,
          session.expectSuccess(
              CommandApdu.readRecord(record, le), "READ RECORD " + record + " of EF05"));
    }
    return SsseRecords.parse(records);
  }
}
