package dev.paperboy.delivery;

import java.util.List;

/**
 * Where the day goes besides the blog.
 *
 * @param targets the team chats, in the config file's order
 * @param feeds whether {@code feed/papers.xml} and {@code feed/digest.xml} are written
 * @param feedDays how many of the latest list dates the papers feed covers
 * @param feedPosts how many of the latest digest posts the digest feed covers
 */
public record DeliverySettings(
    List<PushTarget> targets, boolean feeds, int feedDays, int feedPosts) {
  public DeliverySettings {
    targets = List.copyOf(targets);
  }

  public static DeliverySettings defaults() {
    return new DeliverySettings(List.of(), true, 14, 30);
  }
}
