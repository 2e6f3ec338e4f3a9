"""``python -m cleanup.cli`` runs the command, as ``python -m cleanup`` does."""
import sys

from . import main

sys.exit(main())
