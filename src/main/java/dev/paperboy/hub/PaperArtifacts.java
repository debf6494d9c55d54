package dev.paperboy.hub;

import java.util.List;

/** The most used models, datasets and Spaces on the Hub that cite one paper, best first. */
public record PaperArtifacts(
    List<Artifact> models, List<Artifact> datasets, List<Artifact> spaces) {
  /** How many of each kind are kept. */
  public static final int PER_KIND = 3;

  public static final PaperArtifacts NONE = new PaperArtifacts(List.of(), List.of(), List.of());

  public PaperArtifacts {
    models = List.copyOf(models);
    datasets = List.copyOf(datasets);
    spaces = List.copyOf(spaces);
  }

  public boolean isEmpty() {
    return models.isEmpty() && datasets.isEmpty() && spaces.isEmpty();
  }
}
