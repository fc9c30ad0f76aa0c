"""The deployment contract: settings come from the environment, and production refuses
to start insecurely."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANTOA_", "DEBUG", "SECRET_KEY", "SECURE_", "DJANGO_ALLOW_ASYNC"))}
    env.update({"LANTOA_VAR_DIR": "/tmp/lantoa-settings-test", **env_overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_settings_refuse_to_start_without_secret_key_in_production():
    result = _manage("check", env_overrides={"DEBUG": "0"})

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_check_deploy_is_clean_with_production_environment():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env_overrides={"DEBUG": "0", "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-key-0123456789",
                       "ALLOWED_HOSTS": "cds.quangngai.edu.vn"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_stays_clean_behind_tls_proxy_without_ssl_redirect():
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env_overrides={"DEBUG": "0", "SECRET_KEY": "y" * 20 + "a-long-random-production-secret-key-0123456789",
                       "ALLOWED_HOSTS": "cds.quangngai.edu.vn", "SECURE_SSL_REDIRECT": "0",
                       "LANTOA_BEHIND_TLS_PROXY": "1"},
    )

    assert result.returncode == 0, result.stdout + result.stderr
