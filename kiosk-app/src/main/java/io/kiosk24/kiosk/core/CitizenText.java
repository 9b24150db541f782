package io.kiosk24.kiosk.core;

import io.kiosk24.devices.idcard.IdCardException;

/**
 * What the terminal says to the citizen, in plain Simplified Chinese: one sentence per situation,
 * saying what happened and what to do next. Never a technical detail.
 */
public final class CitizenText {

  /** Home screen: what to do first. */
  public static final String CHOOSE_ITEM = "请点击您要办理的事项";

  /** While the terminal waits for a card. */
  public static final String PLACE_CARD = "请将身份证放在读卡区";

  /** After a successful read: the card must not be left behind. */
  public static final String TAKE_CARD = "读卡成功。离开前请记得取走您的身份证。";

  /** The badge on a tile whose item is not offered yet. */
  public static final String COMING_SOON = "即将开通";

  /** The reader cannot be used at all; the citizen should not keep trying. */
  public static final String READER_UNAVAILABLE = "读卡器暂时无法使用，请稍后再试或联系工作人员。";

  private CitizenText() {}

  /** The greeting for a citizen whose masked name is {@code maskedName}. */
  public static String greeting(String maskedName) {
    return maskedName.isEmpty() ? "您好！" : maskedName + "，您好！";
  }

  /** The sentence shown after a failed read. */
  public static String readFailure(IdCardException.Reason reason) {
    return switch (reason) {
      case NO_CARD -> "没有检测到身份证，请把身份证平放在读卡区。";
      case CARD_REMOVED -> "身份证被移开了，请把身份证放回读卡区，读完前不要拿走。";
      case TIMEOUT -> "读卡时间太长，请把身份证拿起来，重新平放在读卡区。";
      case BAD_FRAME -> "这次没有读成功，请把身份证拿起来，重新平放在读卡区。";
      case UNKNOWN_CARD -> "无法识别这张卡，请使用居民身份证、居住证或永久居留身份证。";
      case SAM_FAULT -> READER_UNAVAILABLE;
    };
  }

  /** Said when a citizen taps an item that is not offered yet. */
  public static String comingSoon(String title) {
    return "“" + title + "”即将开通，敬请期待。";
  }

  /** The countdown line before the terminal returns to the home screen by itself. */
  public static String countdown(int seconds) {
    return seconds + " 秒后返回首页";
  }
}
