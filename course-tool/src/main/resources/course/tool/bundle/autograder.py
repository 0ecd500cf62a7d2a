#!/usr/bin/env python3
"""Classroom 50 autograder for one chapter: run in the student's checkout, leaves result.json there.

The course files of this bundle (poms, Maven Wrapper, test-support, the chapter's public tests)
replace the student's copies first, so editing a test or a pom gains nothing; only the student's
src/main/java is graded. Standard library only. Exits 0 whether or not the tests pass: the score
is in result.json. Classroom 50's identity variables (CLASSROOM, ASSIGNMENT, USERNAME,
SUBMISSION_TAG, ...) reach the exporter through the environment.
"""

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

CHAPTER = "@CHAPTER@"
BUNDLE = Path(__file__).resolve().parent / "course"
TIME_LIMIT = int(os.environ.get("AUTOGRADER_TIMEOUT", "600"))
# Replaced whole, so that a test file the student added does not count either.
REPLACED = [".mvn", "test-support", CHAPTER + "/src/test", CHAPTER + "/src/hidden-test"]


def restore(checkout):
    """Puts the bundle's course files over the checkout, keeping the student's src/main/java."""
    for folder in REPLACED:
        shutil.rmtree(checkout / folder, ignore_errors=True)
    for source in sorted(BUNDLE.rglob("*")):
        if source.is_file():
            target = checkout / source.relative_to(BUNDLE)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    (checkout / CHAPTER / "src" / "main" / "java").mkdir(parents=True, exist_ok=True)


def run(checkout, args, limit=None):
    """Runs the Maven Wrapper; past the time limit its whole process group is killed."""
    process = subprocess.Popen(["sh", "./mvnw", "-B", "-q"] + args, cwd=checkout, start_new_session=True)
    try:
        return process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        print(f"autograder: the tests ran out of time ({limit} s)", file=sys.stderr)
        return None


def main():
    checkout = Path.cwd()
    restore(checkout)
    (checkout / "result.json").unlink(missing_ok=True)
    code = run(checkout, ["test", "-pl", CHAPTER], TIME_LIMIT)
    print(f"autograder: tests finished with exit code {code} (not 0 unless every test passed)")
    export = f"-Dexport.args=--format classroom50 --chapter {CHAPTER} --out result.json"
    run(checkout, ["-pl", "test-support", "compile", "exec:exec@export-results", export])
    if not (checkout / "result.json").is_file():
        print("autograder: no result.json was written (see the exporter's message above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
