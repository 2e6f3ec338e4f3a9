"""``python -m cleanup.cli`` runs the command, as ``python -m cleanup`` does."""
from . import run

run()
