package io.kiosk24.kiosk.core;

import java.util.List;

/**
 * The items the home screen offers until the console pushes a signed catalogue. Only the ID card
 * greeting runs; the rest are shown so citizens see what is coming, and say so when tapped.
 */
public final class HomeCatalogue {

  /** Id of the ID card greeting, the one item that runs end to end today. */
  public static final String GREETING = "greeting";

  private static final List<ServiceTile> BUILT_IN =
      List.of(
          new ServiceTile(GREETING, "身份证读卡问候", "放上身份证，检查读卡是否正常", true),
          new ServiceTile("social-security", "社保查询", "查询社会保险参保和缴费记录", false),
          new ServiceTile("household-certificate", "户籍证明打印", "打印本人户籍证明", false),
          new ServiceTile("housing-fund", "公积金查询", "查询住房公积金账户余额和缴存明细", false));

  private HomeCatalogue() {}

  /** The built-in items, in the order the home screen shows them. */
  public static List<ServiceTile> builtIn() {
    return BUILT_IN;
  }
}
