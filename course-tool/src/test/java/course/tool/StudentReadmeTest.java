package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the student edition's README")
class StudentReadmeTest {

    @Test
    @DisplayName("leaves out the instructors' section with its subsections, up to the next level-2 heading")
    void leavesOutTheInstructorsSection() {
        String readme = String.join("\n", "# Course", "", "## For students", "run ./mvnw test", "",
                "## For instructors", "release it", "### Grading", "grade it", "", "## Licence", "ours", "");

        String student = StudentReadme.of(readme);

        assertThat(student).isEqualTo(String.join("\n", "# Course", "", "## For students", "run ./mvnw test", "",
                "## Licence", "ours", ""));
    }

    @Test
    @DisplayName("does not take a '## ' line inside a code block for a heading")
    void ignoresHeadingsInsideCodeBlocks() {
        String readme = String.join("\n", "## For instructors", "```sh", "## not a heading", "```", "still theirs",
                "## Next", "kept");

        assertThat(StudentReadme.of(readme)).isEqualTo("## Next\nkept");
    }

    @Test
    @DisplayName("keeps a README without an instructors' section as it is")
    void keepsOtherReadmesWhole() {
        String readme = "# Course\n\n## For students\ntext\n";

        assertThat(StudentReadme.of(readme)).isEqualTo(readme);
    }
}
