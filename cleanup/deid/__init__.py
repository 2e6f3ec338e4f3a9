"""De-identification: find PHI in a transcript and replace it (the ``deidentify`` step)."""
