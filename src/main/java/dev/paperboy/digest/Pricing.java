package dev.paperboy.digest;

/**
 * What a model costs, in US dollars per million tokens; zero when unknown (then no cost is
 * estimated or capped).
 */
public record Pricing(double inputPerMillion, double outputPerMillion) {
  public static final Pricing UNKNOWN = new Pricing(0, 0);

  public Pricing {
    if (inputPerMillion < 0 || outputPerMillion < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  public boolean known() {
    return inputPerMillion > 0 || outputPerMillion > 0;
  }

  /** The estimated cost of the given token counts. */
  public double cost(long inputTokens, long outputTokens) {
    return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
  }
}
