#!/usr/bin/env python3
"""Counts the placeholders a generated MLOps strategy still holds, as the
product's own validator counts them (issue 9).

For every repository under CORPUS and every numbered project in it except
000-global: run `generate REPO --project ID --output -` with no answers file
and ARCKIT_TODAY=2026-12-06, save the text, run `check FILE --json` on it and
count its "placeholder" findings: the total, and the distinct placeholders
(the bracket or word the finding names: "Placeholder [OWNER] has not been
filled in" counts as [OWNER]). Citation markers such as [REQ-C210] are not
placeholders for `check`, so they are not counted here either.

Usage: count_placeholders.py ARCKIT_MLOPS CORPUS [-v] [--max-distinct N]
  -v                list the distinct placeholders of each document
  --max-distinct N  exit 1 when a document holds more than N distinct ones
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MESSAGE = re.compile(r"^Placeholder (.+) has not been filled in$")


def projects(repository):
    root = os.path.join(repository, "projects")
    if not os.path.isdir(root):
        return []
    found = []
    for name in sorted(os.listdir(root)):
        m = re.match(r"^(\d{3})-", name)
        if m and m.group(1) != "000" and os.path.isdir(os.path.join(root, name)):
            found.append(m.group(1))
    return found


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    binary, corpus = args[0], args[1]
    verbose = "-v" in args[2:]
    limit = None
    if "--max-distinct" in args:
        limit = int(args[args.index("--max-distinct") + 1])
    env = dict(os.environ, ARCKIT_TODAY="2026-12-06")
    over = False
    print(f"{'repository':28} {'project':7} {'total':>5} {'distinct':>8}")
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(os.listdir(corpus)):
            repository = os.path.join(corpus, name)
            if not os.path.isdir(repository):
                continue
            for project in projects(repository):
                run = subprocess.run([binary, "generate", repository, "--project", project, "--output", "-"],
                                     capture_output=True, text=True, env=env)
                if run.returncode != 0:
                    print(f"{name:28} {project:7} generate failed: {run.stderr.strip()}")
                    over = True
                    continue
                path = os.path.join(scratch, f"ARC-{project}-MLOPS-v1.0.md")
                with open(path, "w", encoding="utf-8") as out:
                    out.write(run.stdout)
                check = subprocess.run([binary, "check", path, "--json"], capture_output=True, text=True, env=env)
                try:
                    findings = json.loads(check.stdout)["findings"]
                except (ValueError, KeyError):
                    print(f"{name:28} {project:7} check gave no JSON: {check.stderr.strip()}")
                    over = True
                    continue
                names = []
                errors = 0
                for f in findings:
                    if f.get("severity") == "error":
                        errors += 1
                    if f.get("rule") != "placeholder":
                        continue
                    m = MESSAGE.match(f.get("message", ""))
                    names.append(m.group(1) if m else f.get("message", ""))
                distinct = sorted(set(names))
                note = f"  ({errors} check errors)" if errors else ""
                print(f"{name:28} {project:7} {len(names):5} {len(distinct):8}{note}")
                if verbose:
                    for p in distinct:
                        print(f"    {names.count(p):3}  {p}")
                if limit is not None and len(distinct) > limit:
                    over = True
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
