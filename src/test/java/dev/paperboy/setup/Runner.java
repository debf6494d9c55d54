package dev.paperboy.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A stand-in GitHub Actions runner for one job of a workflow file: it runs the job's {@code run:}
 * steps in order, in bash with {@code -eo pipefail} as Actions does, with {@code GITHUB_OUTPUT},
 * {@code if:} conditions, {@code continue-on-error} and {@code ${{ }}} expressions of the forms the
 * Paperboy workflow uses; the {@code uses:} steps are played by local equivalents (checkout clones
 * a local bare remote, setup-java puts this JDK first on the PATH, the cache actions copy to and
 * from a folder that outlives runs). Each run gets a fresh home and workspace, as a hosted runner
 * does.
 */
final class Runner {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

  private final Path workflow;
  private final String blogRemote;
  private final Path caches;
  private final Map<String, String> environment;

  /**
   * @param environment what every step sees besides the workflow's own env (PATH, JAVA_HOME, Maven
   *     settings, stubs)
   */
  Runner(Path workflow, String blogRemote, Path caches, Map<String, String> environment) {
    this.workflow = workflow;
    this.blogRemote = blogRemote;
    this.caches = caches;
    this.environment = environment;
  }

  /** What became of one step. */
  record Step(String name, String outcome, String log) {}

  /** What became of a job run. */
  record Run(boolean success, List<Step> steps, Path workspace) {
    Step step(String name) {
      return steps.stream()
          .filter(s -> s.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no step " + name + " in " + steps));
    }

    String log() {
      StringBuilder out = new StringBuilder();
      steps.forEach(
          s ->
              out.append("== ")
                  .append(s.name())
                  .append(": ")
                  .append(s.outcome())
                  .append('\n')
                  .append(s.log()));
      return out.toString();
    }
  }

  /** Runs the workflow's job {@code job} as run number {@code runId}, in {@code dir}. */
  Run run(String job, int runId, Path dir) throws Exception {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(workflow.toFile());
    JsonNode spec = root.path("jobs").path(job);
    Path home = Files.createDirectories(dir.resolve("home"));
    Path temp = Files.createDirectories(dir.resolve("runner-temp"));
    Path workspace = dir.resolve("workspace");
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("HOME", home.toString());
    env.put("RUNNER_TEMP", temp.toString());
    env.put("GITHUB_REF_NAME", "main");
    env.put("GITHUB_RUN_ID", Integer.toString(runId));
    env.put("CI", "true");
    env.put("GITHUB_ACTIONS", "true");
    Map<String, Map<String, String>> outputs = new HashMap<>();
    Map<String, String> outcomes = new HashMap<>();
    Context context = new Context(env, outputs, outcomes, runId);
    spec.path("env")
        .fields()
        .forEachRemaining(e -> env.put(e.getKey(), context.expand(e.getValue().asText())));
    List<Step> done = new ArrayList<>();
    boolean ok = true;
    int index = 0;
    for (JsonNode step : spec.path("steps")) {
      index++;
      String id = step.path("id").asText("step" + index);
      String name =
          step.has("name")
              ? step.get("name").asText()
              : step.path("uses").asText(step.path("run").asText());
      String condition = step.path("if").asText("");
      boolean runIt =
          condition.isEmpty()
              ? ok
              : condition.contains("always()") || (ok && context.test(condition));
      if (!runIt) {
        done.add(new Step(name, "skipped", ""));
        outcomes.put(id, "skipped");
        continue;
      }
      Map<String, String> stepEnv = new LinkedHashMap<>(env);
      step.path("env")
          .fields()
          .forEachRemaining(e -> stepEnv.put(e.getKey(), context.expand(e.getValue().asText())));
      Path output = temp.resolve("output-" + index);
      Files.writeString(output, "");
      stepEnv.put("GITHUB_OUTPUT", output.toString());
      String outcome;
      String log;
      if (step.has("uses")) {
        Map<String, String> with = new LinkedHashMap<>();
        step.path("with")
            .fields()
            .forEachRemaining(e -> with.put(e.getKey(), context.expand(e.getValue().asText())));
        Map<String, String> out = new LinkedHashMap<>();
        log = uses(step.get("uses").asText(), with, workspace, home, env, out);
        outputs.put(id, out);
        outcome = "success";
      } else {
        Path script = temp.resolve("step-" + index + ".sh");
        Files.writeString(script, context.expand(step.get("run").asText()), StandardCharsets.UTF_8);
        Result r =
            bash(
                List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()),
                workspace,
                stepEnv);
        log = r.output();
        outcome = r.code() == 0 ? "success" : "failure";
        outputs.put(id, readOutputs(output));
      }
      outcomes.put(id, outcome);
      done.add(new Step(name, outcome, log));
      if (outcome.equals("failure") && !step.path("continue-on-error").asBoolean(false)) {
        ok = false;
      }
    }
    return new Run(ok, done, workspace);
  }

  /** The local stand-in of an action. */
  private String uses(
      String action,
      Map<String, String> with,
      Path workspace,
      Path home,
      Map<String, String> env,
      Map<String, String> outputs)
      throws Exception {
    String name = action.substring(0, action.indexOf('@'));
    switch (name) {
      case "actions/checkout" -> {
        Result r =
            bash(
                List.of("git", "clone", "-q", "--branch", "main", blogRemote, workspace.toString()),
                workspace.getParent(),
                env);
        if (r.code() != 0) {
          throw new IllegalStateException("checkout failed: " + r.output());
        }
        return r.output();
      }
      case "actions/setup-java" -> {
        return "JAVA_HOME=" + env.get("JAVA_HOME");
      }
      case "actions/cache/restore" -> {
        Path path = resolve(with.get("path"), workspace, home);
        String key = with.get("key");
        Path exact = caches.resolve(key);
        Path found = Files.isDirectory(exact) ? exact : null;
        if (found == null && with.containsKey("restore-keys")) {
          String prefix = with.get("restore-keys").strip();
          try (Stream<Path> all = Files.list(caches)) {
            found =
                all.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(Runner::modified))
                    .orElse(null);
          }
        }
        outputs.put("cache-hit", Boolean.toString(found != null && found.equals(exact)));
        if (found == null) {
          return "cache miss for " + key;
        }
        copy(found.resolve("content"), path);
        return "restored " + found.getFileName();
      }
      case "actions/cache/save" -> {
        Path path = resolve(with.get("path"), workspace, home);
        Path target = caches.resolve(with.get("key"));
        if (Files.exists(target)) {
          return "cache " + with.get("key") + " exists: immutable, not saved";
        }
        if (!Files.exists(path)) {
          return "nothing at " + path + ": not saved";
        }
        copy(path, target.resolve("content"));
        return "saved " + with.get("key");
      }
      default -> throw new IllegalArgumentException("no stand-in for " + action);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static Path resolve(String path, Path workspace, Path home) {
    return path.startsWith("~/") ? home.resolve(path.substring(2)) : workspace.resolve(path);
  }

  private static void copy(Path from, Path to) throws IOException {
    if (Files.isDirectory(from)) {
      try (Stream<Path> all = Files.walk(from)) {
        for (Path p : all.toList()) {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } else {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Map<String, String> readOutputs(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }

  record Result(int code, String output) {}

  static Result bash(List<String> command, Path dir, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (dir != null && Files.isDirectory(dir)) {
      pb.directory(dir.toFile());
    }
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(command + " did not finish");
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** The expression context of a run: env, step outputs and outcomes, the run id. */
  private record Context(
      Map<String, String> env,
      Map<String, Map<String, String>> outputs,
      Map<String, String> outcomes,
      int runId) {
    String expand(String text) {
      Matcher m = EXPRESSION.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }

    String value(String expression) {
      String e = expression.strip();
      if (e.startsWith("steps.")) {
        String[] parts = e.split("\\.");
        if (parts[2].equals("outputs")) {
          return outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
        }
        if (parts[2].equals("outcome")) {
          return outcomes.getOrDefault(parts[1], "");
        }
      }
      if (e.equals("github.run_id")) {
        return Integer.toString(runId);
      }
      if (e.equals("github.token")) {
        return "simulated-token";
      }
      if (e.startsWith("secrets.")) {
        return "";
      }
      if (e.startsWith("env.")) {
        return env.getOrDefault(e.substring(4), "");
      }
      throw new IllegalArgumentException("no stand-in for the expression " + e);
    }

    /** {@code a == 'x'} or {@code a != 'x'}, joined by {@code &&}. */
    boolean test(String condition) {
      for (String part : condition.split("&&")) {
        Matcher m = Pattern.compile("\\s*(\\S+)\\s*(==|!=)\\s*'([^']*)'\\s*").matcher(part);
        if (!m.matches()) {
          throw new IllegalArgumentException("no stand-in for the condition " + condition);
        }
        boolean equal = value(m.group(1)).equals(m.group(3));
        if (equal != m.group(2).equals("==")) {
          return false;
        }
      }
      return true;
    }
  }
}
