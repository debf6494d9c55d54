package dev.paperboy.digest;

import java.util.regex.Pattern;

/** Measures of model prose: how Korean it is, foreign scripts, sentence count. */
final class KoreanText {
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern FOREIGN =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  private KoreanText() {}

  /**
   * The share of words that contain Hangul, among words that contain any letter. Counting words
   * rather than characters lets established English terms ({@code fine-tuning}, {@code MoE}) stand
   * in a Korean sentence, as seed 004 does, while an English paragraph still scores near 0.
   */
  static double koreanRatio(String text) {
    int words = 0;
    int korean = 0;
    for (String word : text.split("\\s+")) {
      if (LETTER.matcher(word).find()) {
        words++;
        if (HANGUL.matcher(word).find()) {
          korean++;
        }
      }
    }
    return words == 0 ? 0 : (double) korean / words;
  }

  /** Whether {@code text} contains Chinese characters or Japanese kana. */
  static boolean hasForeignScript(String text) {
    return FOREIGN.matcher(text).find();
  }

  /** Sentences, counted at {@code . ! ?} followed by whitespace, plus a final unterminated one. */
  static int sentences(String text) {
    int count = 0;
    for (String part : SENTENCE_END.split(text.strip())) {
      if (LETTER.matcher(part).find()) {
        count++;
      }
    }
    return count;
  }
}
