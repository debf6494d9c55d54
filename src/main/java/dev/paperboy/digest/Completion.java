package dev.paperboy.digest;

import java.time.Duration;

/**
 * A model's answer to one request.
 *
 * @param text the answer; null when the model returned no text (e.g. a refusal field)
 * @param inputTokens prompt tokens as the provider counted them, 0 when unreported
 * @param outputTokens answer tokens as the provider counted them, 0 when unreported
 * @param latency wall time of the request
 */
public record Completion(String text, long inputTokens, long outputTokens, Duration latency) {}
