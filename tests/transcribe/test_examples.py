"""The job-array examples in ``examples/`` are valid for their systems and run a command
line ``cleanup transcribe`` accepts, with a shard that covers the whole array."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from cleanup.cli import build_parser

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def parse_cleanup(shell_text: str, env: dict[str, str]) -> tuple:
    """The ``cleanup transcribe ...`` command inside a shell snippet, expanded with ``env``
    and parsed by the real parser (argparse exits on anything it does not accept)."""
    text = re.sub(r"\\\n", " ", shell_text)
    text = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: env[m.group(1) or m.group(2)], text)
    for command in re.split(r"&&|\n|;", text):
        argv = shlex.split(command, comments=True)
        while argv and argv[0] in ("exec", "srun"):
            argv = argv[1:]
        if argv[:2] == ["cleanup", "transcribe"]:
            return argv, build_parser().parse_args(argv[1:])
    raise AssertionError("no 'cleanup transcribe' command found")


def shard_of(argv: list[str]) -> tuple[int, int]:
    index, count = argv[argv.index("--shard") + 1].split("/")
    return int(index), int(count)


def test_slurm_array_script():
    path = EXAMPLES / "slurm_array.sh"
    text = path.read_text(encoding="utf-8")
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(path)], check=True)
    assert text.startswith("#!/bin/bash\n")
    assert os.access(path, os.X_OK)
    directives = dict(re.findall(r"^#SBATCH --([\w-]+)=(\S+)", text, re.M))
    first, last = re.match(r"(\d+)-(\d+)", directives["array"]).groups()
    assert first == "0"  # shard indices are 0..N-1
    variables = dict(re.findall(r"^(\w+)=(\S+)$", text, re.M))
    for task in (0, int(last)):
        env = {**variables, "SLURM_ARRAY_TASK_ID": str(task),
               "SLURM_ARRAY_TASK_COUNT": str(int(last) + 1)}
        argv, args = parse_cleanup(text.split("set -euo pipefail", 1)[1], env)
        assert shard_of(argv) == (task, int(last) + 1)
        assert args.output and args.inputs
    assert "--summary-json" in argv and "--device" in argv


def test_kubernetes_indexed_job():
    yaml = pytest.importorskip("yaml")
    job = yaml.safe_load((EXAMPLES / "k8s_indexed_job.yaml").read_text(encoding="utf-8"))
    assert (job["apiVersion"], job["kind"]) == ("batch/v1", "Job")
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    assert 1 <= spec["parallelism"] <= spec["completions"]
    pod = spec["template"]["spec"]
    assert pod["restartPolicy"] == "Never"  # required by podFailurePolicy
    container, = pod["containers"]
    rule_names = {r["onExitCodes"]["containerName"] for r in spec["podFailurePolicy"]["rules"]
                  if "onExitCodes" in r}
    assert rule_names == {container["name"]}
    assert "backoffLimitPerIndex" in spec  # FailIndex needs it
    mounts = {m["name"] for m in container["volumeMounts"]}
    assert mounts == {v["name"] for v in pod["volumes"]}
    assert container["command"] == ["sh", "-c"]
    for index in (0, spec["completions"] - 1):
        argv, args = parse_cleanup(container["args"][0], {"JOB_COMPLETION_INDEX": str(index)})
        assert shard_of(argv) == (index, spec["completions"])
        mount = container["volumeMounts"][0]["mountPath"]
        assert args.output.startswith(mount) and all(i.startswith(mount) for i in args.inputs)


def test_aws_batch_array_job():
    definition = json.loads(
        (EXAMPLES / "aws_batch_job_definition.json").read_text(encoding="utf-8"))
    submit = json.loads((EXAMPLES / "aws_batch_submit_job.json").read_text(encoding="utf-8"))
    assert definition["type"] == "container"
    assert submit["jobDefinition"] == definition["jobDefinitionName"]
    size = submit["arrayProperties"]["size"]
    assert 2 <= size <= 10_000  # AWS Batch's array size limits
    retry = definition["retryStrategy"]
    assert 1 <= retry["attempts"] <= 10 and len(retry["evaluateOnExit"]) <= 5
    assert all(rule["action"] in ("RETRY", "EXIT") for rule in retry["evaluateOnExit"])
    exits = {rule.get("onExitCode"): rule["action"] for rule in retry["evaluateOnExit"]}
    assert exits["1"] == "EXIT"  # bad inputs stay bad: no retry
    container = definition["containerProperties"]
    resources = {r["type"]: r["value"] for r in container["resourceRequirements"]}
    # strings, as the API wants
    assert resources["VCPU"].isdigit() and resources["MEMORY"].isdigit()
    assert {m["sourceVolume"] for m in container["mountPoints"]} == \
        {v["name"] for v in container["volumes"]}
    assert container["command"][:2] == ["sh", "-c"] and len(container["command"]) == 3
    for index in (0, size - 1):
        env = {"AWS_BATCH_JOB_ARRAY_INDEX": str(index), "AWS_BATCH_JOB_ARRAY_SIZE": str(size)}
        argv, args = parse_cleanup(container["command"][2], env)
        assert shard_of(argv) == (index, size)
