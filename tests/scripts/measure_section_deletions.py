#!/usr/bin/env python3
"""Measures the gap view on real repositories, the way issue 12 describes it.

For every repository under CORPUS: generate the MLOps strategy of project 001
with the arckit-mlops binary, delete each numbered section ("## 10. CI/CD for
ML" up to the next section) in turn, and run `revise --insert-missing` on the
result. A deletion counts as reported missing when revise inserts that section
(it inserts exactly what the gap view calls missing), and as inserted again
when the revised text has the heading back.

Usage: measure_section_deletions.py ARCKIT_MLOPS CORPUS [-v]
"""
import os
import re
import subprocess
import sys
import tempfile

SECTION = re.compile(r"^## (\d+)\. (.+)$")


def sections(lines):
    """(start, end) line ranges of the numbered sections, end exclusive.
    Headings inside fenced code blocks (a model card template) do not count."""
    fenced = False
    top = []  # line numbers of H1/H2 headings outside fences
    for i, line in enumerate(lines):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        elif not fenced and re.match(r"^#{1,2} ", line):
            top.append(i)
    ranges = []
    for k, start in enumerate(top):
        if SECTION.match(lines[start]):
            ranges.append((start, top[k + 1] if k + 1 < len(top) else len(lines)))
    return ranges


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, corpus = sys.argv[1], sys.argv[2]
    verbose = "-v" in sys.argv[3:]
    total = reported = reinserted = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(os.listdir(corpus)):
            repository = os.path.join(corpus, name)
            if not os.path.isdir(repository):
                continue
            generated = os.path.join(scratch, name + "-ARC-001-MLOPS-v1.0.md")
            run = subprocess.run([binary, "generate", repository, "--project", "001", "--output", generated],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: generate failed: {run.stderr.strip()}")
                continue
            lines = open(generated, encoding="utf-8").read().split("\n")
            for start, end in sections(lines):
                heading = lines[start][3:]
                deleted = os.path.join(scratch, "deleted-ARC-001-MLOPS-v1.0.md")
                with open(deleted, "w", encoding="utf-8") as out:
                    out.write("\n".join(lines[:start] + lines[end:]))
                run = subprocess.run([binary, "revise", deleted, "--insert-missing", "--output", "-",
                                      "--summary", "measure"], capture_output=True, text=True)
                inserted = [line for line in run.stderr.splitlines() if line.startswith("Inserted: ")]
                is_reported = bool(inserted) and heading in inserted[0][len("Inserted: "):].split("; ")
                is_back = is_reported and ("\n" + lines[start] + "\n") in run.stdout
                total += 1
                reported += is_reported
                reinserted += is_back
                if verbose or not is_back:
                    state = "missing, inserted" if is_back else ("missing, NOT inserted" if is_reported
                                                                 else "NOT reported missing")
                    print(f"{name}: {heading}: {state}")
    print(f"{reported} of {total} deletions reported missing; {reinserted} inserted again")
    return 0 if total > 0 and reinserted == total else 1


if __name__ == "__main__":
    sys.exit(main())
