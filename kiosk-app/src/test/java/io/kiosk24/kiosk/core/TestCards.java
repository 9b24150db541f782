package io.kiosk24.kiosk.core;

import io.kiosk24.devices.idcard.CardType;
import io.kiosk24.devices.idcard.IdCard;
import java.time.LocalDate;
import java.util.Optional;

/** Sample cards with made-up people; the ID number is the example from GB 11643. */
public final class TestCards {

  public static final String NAME = "张三丰";
  public static final String ID_NUMBER = "11010519491231002X";

  private TestCards() {}

  public static IdCard resident() {
    return resident(NAME);
  }

  public static IdCard resident(String name) {
    return new IdCard(
        CardType.RESIDENT,
        name,
        "",
        "男",
        "汉",
        "",
        LocalDate.of(1949, 12, 31),
        "广东省佛山市禅城区季华五路 1 号",
        ID_NUMBER,
        "佛山市公安局禅城分局",
        LocalDate.of(2015, 1, 1),
        Optional.empty(),
        "",
        "",
        new byte[] {0x57, 0x4c, 0x66, 1, 2, 3, 4, 5},
        true);
  }

  public static IdCard foreigner(String englishName) {
    return new IdCard(
        CardType.FOREIGN_PERMANENT_2023,
        "",
        englishName,
        "女",
        "",
        "GBR",
        LocalDate.of(1980, 5, 17),
        "",
        "911826198005170028",
        "国家移民管理局",
        LocalDate.of(2024, 3, 1),
        Optional.of(LocalDate.of(2034, 3, 1)),
        "",
        "",
        new byte[] {9, 9, 9},
        true);
  }
}
