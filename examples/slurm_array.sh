#!/bin/bash
# Transcribe an archive as a Slurm job array: task I of N takes shard I/N of the files
# (a stable split by relative path, so the N tasks cover every file exactly once).
#
#   mkdir -p logs && sbatch examples/slurm_array.sh
#
# Keep --array at 0-(N-1) with N = the number of shards: the shard index is
# SLURM_ARRAY_TASK_ID and N is SLURM_ARRAY_TASK_COUNT. "%16" caps how many run at once.
# Inputs, outputs and the model must be on a file system every node mounts at the same
# path. Re-running the array (or only its failed indices) is safe: finished files are
# skipped, and an interrupted file is redone.
#SBATCH --job-name=cleanup-transcribe
#SBATCH --array=0-63%16
#SBATCH --cpus-per-task=4
#SBATCH --mem=8G
#SBATCH --gres=gpu:1
#SBATCH --time=04:00:00
#SBATCH --output=logs/%x-%A_%a.out
#SBATCH --error=logs/%x-%A_%a.err
set -euo pipefail

ARCHIVE=/shared/clinic/visits
OUT=/shared/clinic/transcripts
mkdir -p "$OUT/_summaries"

# On a node without a GPU, drop --gres above and use: --backend faster-whisper --device cpu
srun cleanup transcribe "$ARCHIVE" -o "$OUT" \
    --backend openai-whisper --model /shared/models/tiny.en.pt \
    --device cuda --batch-size 16 \
    --shard "${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}" \
    --summary-json "$OUT/_summaries/shard-${SLURM_ARRAY_TASK_ID}.json"
