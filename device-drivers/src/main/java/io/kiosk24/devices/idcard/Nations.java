package io.kiosk24.devices.idcard;

import java.util.List;
import java.util.Optional;

/** The 民族 codes of GB/T 3304 that a resident card carries (01–56), and their names. */
public final class Nations {

  private static final List<String> NAMES =
      List.of(
          "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
          "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
          "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
          "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺");

  private Nations() {}

  /** The name for a two-digit code such as {@code "01"}, without the 族 suffix. */
  public static Optional<String> name(String code) {
    if (code == null || code.length() != 2) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(code);
      return n >= 1 && n <= NAMES.size() ? Optional.of(NAMES.get(n - 1)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The two-digit code for a name such as {@code "汉"}. */
  public static Optional<String> code(String name) {
    int i = NAMES.indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(String.format("%02d", i + 1));
  }

  /** How many nations the table holds. */
  public static int count() {
    return NAMES.size();
  }
}
