# Two commands on a fresh machine:  make demo   and   make test
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
# What the demo needs (the runtime extras), and what the tests add (test, bench and docs).
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: install install-dev demo test test-fast lint docs bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	# A CPU build of torch first, or openai-whisper pulls a multi-GB CUDA build.
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[fast,models]'
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(PIP) install -q -e '.[fast,models,test,bench,docs]'
	# The `whisper` CLI (a benchmark baseline) calls an `ffmpeg` program: use the static
	# binary that imageio-ffmpeg ships, so no system ffmpeg is needed.
	ln -sf "$$($(PY) -c 'import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())')" $(VENV)/bin/ffmpeg
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

# The review page's browser tests drive Debian's headless Chromium (tests/review/).
CHROMEDRIVER := /usr/bin/chromedriver
$(CHROMEDRIVER):
	(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null

# The main job on the bundled default: transcribe and clean the demo clip with the
# offline tiny.en weights, then clean the seed captions and run the sample check. The lean
# install: the runtime extras only.
demo: $(STAMP)
	$(VENV)/bin/cleanup transcribe samples/audio -o demo-output --model bundled:tiny.en --prompt "Um, we use Botox."
	@echo "--- demo-output/clinic_demo.txt"; cat demo-output/clinic_demo.txt
	@echo "--- demo-output/clinic_demo.srt"; cat demo-output/clinic_demo.srt
	@echo "--- samples/clinic_botox_seed.raw.txt: the first changes of 'cleanup fix --explain'"
	@$(VENV)/bin/cleanup fix samples/clinic_botox_seed.raw.txt --explain 2>&1 >/dev/null | head -n 12
	@echo "--- samples/clinic_botox_seed.raw.txt, cleaned"
	$(VENV)/bin/cleanup fix samples/clinic_botox_seed.raw.txt
	$(VENV)/bin/cleanup check samples/

# ruff and mypy read their settings from pyproject.toml ([tool.ruff], [tool.mypy]).
lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The documentation site (mkdocs.yml, docs/), built into a temporary folder: --strict turns
# every warning (a broken link, a page missing from the nav) into a failure. `mkdocs serve`
# shows it while you write.
docs: $(DEV_STAMP)
	@site=$$(mktemp -d) && NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir "$$site"; \
	  status=$$?; rm -rf "$$site"; exit $$status

# The venv's bin first on PATH: its ffmpeg and console scripts, never a hand-installed tool's.
test: lint docs $(DEV_STAMP) $(CHROMEDRIVER)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" CLEANUP_REQUIRE_BROWSER=1 $(PY) -m pytest -q

test-fast: lint docs $(DEV_STAMP) $(CHROMEDRIVER)
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" CLEANUP_REQUIRE_BROWSER=1 $(PY) -m pytest -q -m 'not slow'

bench: $(DEV_STAMP)
	@command -v espeak-ng >/dev/null && command -v sox >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq espeak-ng sox ffmpeg time) >/dev/null
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) demo-output site .pytest_cache .hypothesis .mypy_cache .ruff_cache
