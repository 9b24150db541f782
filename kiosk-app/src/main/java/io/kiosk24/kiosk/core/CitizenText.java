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

  /** The button on the greeting screen that prints a receipt. */
  public static final String PRINT_RECEIPT = "打印回执";

  /** While the receipt prints. */
  public static final String PRINTING = "正在打印…";

  /** After the receipt printed: both the printout and the card must be taken. */
  public static final String TAKE_RECEIPT = "请取走回执和身份证";

  /** The title printed at the top of a receipt. */
  public static final String RECEIPT_TITLE = "办事回执";

  /** The last line of a receipt. */
  public static final String RECEIPT_FOOTER = "请取走您的身份证和回执，谢谢！";

  /** The printer has no paper: no receipt now, and someone should refill it. */
  public static final String RECEIPT_PAPER_OUT = "打印机缺纸，暂时无法打印回执，请联系工作人员。";

  /** The printer cannot print for any other reason. */
  public static final String RECEIPT_UNAVAILABLE = "打印机暂时无法使用，无法打印回执，请联系工作人员。";

  /** A QR or barcode was scanned on the home screen; no item takes one yet. */
  public static final String CODE_SCANNED = "已读取二维码，扫码办事即将开通。";

  /** A smart card went into the reader on the home screen; no item reads one yet. */
  public static final String SMART_CARD_SOON = "社保卡读卡功能即将开通，请先使用身份证。";

  private CitizenText() {}

  /** Why no receipt can be printed, before or after the citizen asked for one. */
  public static String receiptProblem(ReceiptOutput.Problem problem) {
    return switch (problem) {
      case PAPER_OUT -> RECEIPT_PAPER_OUT;
      case OUT_OF_ORDER -> RECEIPT_UNAVAILABLE;
    };
  }

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
