package course.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a GitHub Actions workflow's own {@code run:} steps on this machine, as a runner would: each job's
 * steps in order, in one workspace, each script with its step's shell and env, the files GITHUB_ENV,
 * GITHUB_OUTPUT, GITHUB_PATH and GITHUB_STEP_SUMMARY honoured. {@code uses:} steps (checkout, setup-java,
 * the reporter, upload-artifact) are the platform's and are skipped. Every step runs whatever its
 * {@code if:} says: the caller sets the variables that make the workflow's conditions hold.
 */
final class WorkflowRun {

    /** How one step ended; {@code process} is null for a skipped {@code uses:} step. */
    record Step(String name, boolean continueOnError, BoundedProcess process) {

        boolean failedTheJob() {
            return process != null && process.exitCode() != 0 && !continueOnError;
        }
    }

    /** GitHub's shells for {@code shell:} names; a custom shell is a template with {0} for the script. */
    private static final Map<String, String> SHELLS = Map.of(
            "bash", "bash --noprofile --norc -eo pipefail {0}",
            "sh", "sh -e {0}",
            "python", "python3 {0}");

    /** A shell-less step runs with bash, like on GitHub's Linux runners. */
    private static final String DEFAULT_SHELL = "bash -e {0}";

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern ENV_LINE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(=|<<)(.*)");

    private final Path workspace;
    private final Path runnerTemp;
    private final Map<String, String> vars;
    private final Map<String, String> github;
    private final Duration stepBound;
    private final Map<String, String> outcomes = new HashMap<>();
    private final Map<String, Map<String, String>> outputs = new HashMap<>();

    /**
     * A runner for one checkout.
     *
     * @param workspace the checkout the steps run in (GITHUB_WORKSPACE)
     * @param runnerTemp RUNNER_TEMP, also where the step scripts and the runner's files go
     * @param vars the repository variables, {@code ${{ vars.NAME }}}
     * @param github the runner's GITHUB_* variables, also {@code ${{ github.name }}} in lower case
     * @param stepBound each step's hard time bound
     */
    WorkflowRun(Path workspace, Path runnerTemp, Map<String, String> vars, Map<String, String> github,
            Duration stepBound) {
        this.workspace = workspace;
        this.runnerTemp = runnerTemp;
        this.vars = Map.copyOf(vars);
        this.github = Map.copyOf(github);
        this.stepBound = stepBound;
    }

    /** The file a step appends {@code NAME=value} lines to, for the steps after it. */
    Path githubEnv() {
        return runnerTemp.resolve("github_env");
    }

    /** The job summary's Markdown, appended by the steps. */
    Path stepSummary() {
        return runnerTemp.resolve("step_summary.md");
    }

    /** Runs every job's steps, in the order the file gives them, and returns how each step ended. */
    List<Step> run(Path workflowFile) throws IOException, InterruptedException {
        JsonNode workflow = new YAMLMapper().readTree(workflowFile.toFile());
        Files.createDirectories(runnerTemp);
        Files.writeString(githubEnv(), "");
        Files.writeString(stepSummary(), "");
        Files.writeString(runnerTemp.resolve("github_path"), "");
        List<Step> steps = new ArrayList<>();
        for (JsonNode job : workflow.path("jobs")) {
            for (JsonNode step : job.path("steps")) {
                steps.add(runStep(workflow, job, step, steps.size() + 1));
            }
        }
        return steps;
    }

    private Step runStep(JsonNode workflow, JsonNode job, JsonNode step, int number)
            throws IOException, InterruptedException {
        String name = step.path("name").asText(step.path("uses").asText("step " + number));
        if (!step.has("run")) {
            return new Step(name, false, null);
        }
        Map<String, String> env = new LinkedHashMap<>(runnerEnvironment());
        env.putAll(readEnvFile(githubEnv()));
        for (JsonNode level : List.of(workflow, job, step)) {
            for (Map.Entry<String, JsonNode> variable : level.path("env").properties()) {
                env.put(variable.getKey(), substitute(variable.getValue().asText(), env));
            }
        }
        Path output = runnerTemp.resolve("github_output_" + number);
        Files.writeString(output, "");
        env.put("GITHUB_OUTPUT", output.toString());
        Path script = runnerTemp.resolve("step_" + number + ".sh");
        Files.writeString(script, substitute(step.get("run").asText(), env), StandardCharsets.UTF_8);
        String shell = firstText(step.path("shell"), job.path("defaults").path("run").path("shell"),
                workflow.path("defaults").path("run").path("shell"));
        String template = shell == null ? DEFAULT_SHELL : SHELLS.getOrDefault(shell, shell);
        List<String> command = Arrays.stream(template.trim().split("\\s+"))
                .map(word -> word.replace("{0}", script.toString())).toList();
        Path dir = workspace.resolve(step.path("working-directory").asText(""));
        boolean continueOnError = step.path("continue-on-error").asBoolean(false);
        BoundedProcess process = BoundedProcess.run(command, dir, env,
                runnerTemp.resolve("step_" + number + ".log"), stepBound);
        if (step.has("id")) {
            String id = step.get("id").asText();
            String outcome = process.exitCode() == 0 ? "success" : "failure";
            outcomes.put(id + ".outcome", outcome);
            outcomes.put(id + ".conclusion", continueOnError ? "success" : outcome);
            outputs.put(id, readEnvFile(output));
        }
        return new Step(name, continueOnError, process);
    }

    private Map<String, String> runnerEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(github);
        env.put("CI", "true");
        env.put("GITHUB_ACTIONS", "true");
        env.put("RUNNER_OS", "Linux");
        env.put("RUNNER_TEMP", runnerTemp.toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_ENV", githubEnv().toString());
        env.put("GITHUB_PATH", runnerTemp.resolve("github_path").toString());
        env.put("GITHUB_STEP_SUMMARY", stepSummary().toString());
        return env;
    }

    /** Replaces each {@code ${{ ... }}} the way the runner would, before the shell sees the text. */
    private String substitute(String text, Map<String, String> env) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(evaluate(matcher.group(1), env)));
        }
        return matcher.appendTail(result).toString();
    }

    private String evaluate(String expression, Map<String, String> env) {
        String[] parts = expression.split("\\.");
        return switch (parts[0]) {
            case "vars" -> vars.getOrDefault(parts[1], "");
            case "env" -> env.getOrDefault(parts[1], "");
            case "github" -> github.getOrDefault("GITHUB_" + parts[1].toUpperCase(Locale.ROOT), "");
            case "runner" -> "temp".equals(parts[1]) ? runnerTemp.toString() : "Linux";
            case "steps" -> parts.length == 3 ? outcomes.getOrDefault(parts[1] + "." + parts[2], "")
                    : outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            default -> throw new IllegalStateException("the workflow uses ${{ " + expression
                    + " }}, which WorkflowRun cannot evaluate yet: teach it that context");
        };
    }

    /** Reads NAME=value lines and heredoc-style multi-line values, as the runner reads GITHUB_ENV and GITHUB_OUTPUT. */
    private static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher line = ENV_LINE.matcher(lines.get(i));
            if (!line.matches()) {
                continue;
            }
            if (line.group(2).equals("=")) {
                values.put(line.group(1), line.group(3));
                continue;
            }
            List<String> block = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).equals(line.group(3)); i++) {
                block.add(lines.get(i));
            }
            values.put(line.group(1), String.join("\n", block));
        }
        return values;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual()) {
                return node.asText();
            }
        }
        return null;
    }
}
