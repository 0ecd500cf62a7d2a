package course.testsupport.grading.gate;

import course.testsupport.grading.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Points of one exercise, summed over its graded tests, with its first failing test.
 *
 * @param exercise the exercise number
 * @param score points earned
 * @param maxScore points possible
 * @param failing tests of this exercise that did not pass, in results order
 */
record ExerciseScore(int exercise, int score, int maxScore, List<TestResult> failing) {

    static List<ExerciseScore> of(ChapterResults results) {
        Map<Integer, List<TestResult>> byExercise = new TreeMap<>();
        for (TestResult test : results.tests()) {
            byExercise.computeIfAbsent(test.exercise(), k -> new ArrayList<>()).add(test);
        }
        List<ExerciseScore> scores = new ArrayList<>();
        byExercise.forEach((exercise, tests) -> scores.add(new ExerciseScore(exercise,
                tests.stream().mapToInt(TestResult::score).sum(),
                tests.stream().mapToInt(TestResult::maxScore).sum(),
                tests.stream().filter(t -> t.status() != Status.PASS).toList())));
        return scores;
    }

    Optional<TestResult> firstFailure() {
        return failing.stream().findFirst();
    }
}
