package dev.paperboy.radar;

/**
 * A paper matched a watchlist.
 *
 * @param name the watchlist's name
 * @param title the watchlist's title
 * @param why which rule matched, as readers see it: {@code 키워드: agent}, {@code 기관: KAIST}, {@code
 *     저자: …}, {@code 제출자: …}, {@code 관심사 유사도 0.62}
 */
public record Match(String name, String title, String why) {}
