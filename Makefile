# Lan Tỏa — `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

.PHONY: run test install install-dev migrate seed serve messages lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when the lock changes, so a second `make run` starts in seconds.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	@touch $@

$(VENV)/.installed-dev: requirements-dev.lock package-lock.json $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.lock
	@# axe-core for the accessibility browser tests; without npm those tests skip and say so.
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; else echo "npm not found: accessibility tests will be skipped"; fi
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	LANTOA_INSECURE_DEV_KEY=$${LANTOA_INSECURE_DEV_KEY:-1} SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-0} \
	CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-0} SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} \
	SECURE_HSTS_SECONDS=$${SECURE_HSTS_SECONDS:-0} bin/serve

test: install-dev
	bin/test

APPS := core org legal plans portal press events contest procedures budget reports ops

# Each app keeps its own catalogue; the project catalogue holds base templates and API errors.
messages:
	for app in $(APPS); do (cd lantoa/$$app && LANTOA_INSECURE_DEV_KEY=1 ../../$(BIN)/python ../../manage.py makemessages -l vi --ignore=tests); done
	cd lantoa && LANTOA_INSECURE_DEV_KEY=1 ../$(BIN)/python ../manage.py makemessages -l vi $(foreach app,$(APPS) locale_admin static formats,--ignore=$(app)/*)
	cd lantoa && LANTOA_INSECURE_DEV_KEY=1 ../$(BIN)/python ../manage.py compilemessages

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var
